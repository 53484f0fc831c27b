package io.peerlend.kyc.checks.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.kyc.checks.sanctions.SanctionsEntry.EntryType;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SanctionsListsTest {

    static final SanctionsLists LISTS = SanctionsLists.bundled();

    @Test
    void givenThePublishersFiles_whenLoaded_thenEveryEntryOfEveryListIsThere() {
        assertThat(LISTS.countsByList())
                .containsEntry("OFAC-SDN", 7379)
                .containsEntry("OFAC-CONSOLIDATED", 442)
                .containsEntry("UN", 730 + 273);
        assertThat(LISTS.version()).hasSize(16);
        assertThat(SanctionsLists.bundled().version()).isEqualTo(LISTS.version());
    }

    @Test
    void givenAnOfacIndividual_whenLoaded_thenAlternateNamesBirthAndCitizenshipAreRead() {
        SanctionsEntry azam = entry("OFAC-SDN", "10595");

        assertThat(azam.type()).isEqualTo(EntryType.INDIVIDUAL);
        assertThat(azam.primaryName()).isEqualTo("AZAM, Amir");
        assertThat(azam.datesOfBirth()).containsExactly(ListedBirth.exact(LocalDate.of(1971, 11, 2)));
        assertThat(azam.nationalities()).containsExactly("AE");
        assertThat(entry("OFAC-SDN", "306").alternateNames()).contains("NATIONAL BANK OF CUBA");
    }

    @Test
    void givenAUnIndividual_whenLoaded_thenAllNamePartsAliasesAndNationalityAreRead() {
        SanctionsEntry badege = entry("UN", "CDi.001");

        assertThat(badege.primaryName()).isEqualTo("ERIC BADEGE");
        assertThat(badege.datesOfBirth()).containsExactly(ListedBirth.years(1971, 1971));
        assertThat(badege.nationalities()).containsExactly("CD");
    }

    @Test
    void givenOfacRemarks_whenRead_thenExactDatesYearsAndRangesAreUnderstood() {
        assertThat(OfacCsv.births("DOB 29 Jun 1952; alt. DOB 29 May 1952; Passport Q081061"))
                .containsExactly(
                        ListedBirth.exact(LocalDate.of(1952, 6, 29)), ListedBirth.exact(LocalDate.of(1952, 5, 29)));
        assertThat(OfacCsv.births("DOB circa 1960; POB Iraq")).containsExactly(ListedBirth.years(1960, 1960));
        assertThat(OfacCsv.births("DOB 1958 to 1962; nationality Syria"))
                .containsExactly(ListedBirth.years(1958, 1962));
        assertThat(OfacCsv.nationalities("nationality Korea, North; citizen Iran."))
                .isEqualTo(Set.of("KP", "IR"));
    }

    @Test
    void givenAMinimalOfacFile_whenRead_thenEmptyMarkersAreEmpty() throws Exception {
        var entries = OfacCsv.read(
                "OFAC-SDN",
                new StringReader("1,\"DOE, John\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n"),
                new StringReader("1,2,\"aka\",\"DOE, Johnny\",-0- \n"),
                null);

        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.alternateNames()).containsExactly("DOE, Johnny");
            assertThat(e.datesOfBirth()).isEmpty();
            assertThat(e.programmes()).isEqualTo("SDGT");
        });
    }

    static SanctionsEntry entry(String list, String id) {
        return LISTS.entries().stream()
                .filter(e -> e.list().equals(list) && e.entryId().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
