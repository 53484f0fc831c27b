package io.peerlend.kyc.checks.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.kyc.checks.documents.HolderChecks.Holder;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolderChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static DocumentCheckResult passport(String surname, String given, String born, String expires) {
        return MrzCheck.check(
                List.of(
                        MrzSpecimens.td3Line1("GBR", surname, given),
                        MrzSpecimens.td3Line2("123456789", "GBR", born, "F", expires, "")),
                TODAY);
    }

    @Test
    void givenAnAdultsCurrentPassportMatchingTheApplication_whenChecked_thenValid() {
        DocumentCheckResult result = HolderChecks.apply(
                passport("MUELLER", "ANNA", "900115", "310101"),
                new Holder("Anna Müller", LocalDate.of(1990, 1, 15)),
                TODAY);

        assertThat(result.failures()).isEmpty();
    }

    @Test
    void givenAHolderUnderEighteenAndAnExpiredPassport_whenChecked_thenBothAreNamed() {
        DocumentCheckResult result = HolderChecks.apply(
                passport("SMITH", "JO", "081127", "260101"), new Holder("Jo Smith", LocalDate.of(2008, 11, 27)), TODAY);

        assertThat(result.failures()).containsExactly("the holder is under 18", "the document expired on 2026-01-01");
    }

    @Test
    void givenTheEighteenthBirthdayToday_whenChecked_thenTheHolderIsAnAdult() {
        DocumentCheckResult result = HolderChecks.apply(passport("SMITH", "JO", "081126", "310101"), null, TODAY);

        assertThat(result.failures()).isEmpty();
    }

    @Test
    void givenSomeoneElsesPassport_whenChecked_thenNameAndDateOfBirthMismatchesAreNamed() {
        DocumentCheckResult result = HolderChecks.apply(
                passport("SMITH", "JOHN", "800101", "310101"),
                new Holder("Jane Smith", LocalDate.of(1980, 1, 2)),
                TODAY);

        assertThat(result.failures())
                .containsExactly(
                        "the date of birth on the document does not match the application",
                        "the name on the document does not match the application");
    }

    @Test
    void givenNamesInAnotherOrderOrWithAccents_whenCompared_thenTheyAreTheSame() {
        assertThat(HolderChecks.sameName("Zoë  Ní Bhriain", "NI BHRIAIN ZOE")).isTrue();
        assertThat(HolderChecks.sameName("Jürgen Groß", "GROSS JUERGEN")).isTrue();
        assertThat(HolderChecks.sameName("Anna Maria Eriksson", "ERIKSSON ANNA"))
                .isFalse();
    }
}
