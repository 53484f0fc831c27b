package io.peerlend.kyc.checks.sanctions;

import java.util.List;
import java.util.Set;

/**
 * One listed person, organisation, vessel or aircraft, as its publisher lists it: names (primary first), and what the
 * list says about dates of birth and nationality (ISO 3166 alpha-2 where the country is recognised).
 */
public record SanctionsEntry(
        String list,
        String entryId,
        EntryType type,
        String primaryName,
        List<String> alternateNames,
        List<ListedBirth> datesOfBirth,
        Set<String> nationalities,
        String programmes) {

    public SanctionsEntry {
        alternateNames = List.copyOf(alternateNames);
        datesOfBirth = List.copyOf(datesOfBirth);
        nationalities = Set.copyOf(nationalities);
    }

    public enum EntryType {
        INDIVIDUAL,
        ENTITY,
        VESSEL,
        AIRCRAFT
    }
}
