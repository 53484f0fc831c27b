package io.peerlend.kyc.checks.sanctions;

import java.time.LocalDate;
import java.util.List;

/** What screening is asked and what it answers. */
public final class Screening {

    private Screening() {}

    /** A name to screen; the date of birth and nationality (ISO code or country name) are optional. */
    public record Query(String name, LocalDate dateOfBirth, String nationality) {}

    public enum Decision {
        CLEAR,
        REVIEW,
        BLOCK
    }

    /**
     * One listed entry that resembles the query, with the evidence in words; {@code confirmed} when the date or year
     * of birth or the nationality agrees with the entry (only then can it BLOCK).
     */
    public record Match(
            String list, String entryId, String name, double score, List<String> matchedOn, boolean confirmed) {
        public Match {
            matchedOn = List.copyOf(matchedOn);
        }
    }

    public record Result(Decision decision, List<Match> matches, String listsVersion) {
        public Result {
            matches = List.copyOf(matches);
        }
    }
}
