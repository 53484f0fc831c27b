package io.peerlend.kyc.checks.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Specimens from ICAO Doc 9303 parts 4-7 (the fictional state of Utopia, UTO). */
class MrzCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    static final List<String> TD3_SPECIMEN =
            List.of("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10");

    @Test
    void givenTheIcaoPassportSpecimen_whenChecked_thenEveryCheckDigitHoldsAndTheFieldsAreParsed() {
        DocumentCheckResult result = MrzCheck.check(TD3_SPECIMEN, TODAY);

        assertThat(result.failures()).isEmpty();
        assertThat(result.valid()).isTrue();
        assertThat(result.fields())
                .containsEntry("format", "TD3")
                .containsEntry("documentType", "P")
                .containsEntry("issuingState", "UTO")
                .containsEntry("surname", "ERIKSSON")
                .containsEntry("givenNames", "ANNA MARIA")
                .containsEntry("documentNumber", "L898902C3")
                .containsEntry("nationality", "UTO")
                .containsEntry("dateOfBirth", "1974-08-12")
                .containsEntry("sex", "F")
                .containsEntry("dateOfExpiry", "2012-04-15")
                .containsEntry("personalNumber", "ZE184226B");
    }

    @Test
    void givenTheTd2Specimen_whenChecked_thenValid() {
        DocumentCheckResult result = MrzCheck.check(
                List.of("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"), TODAY);

        assertThat(result.failures()).isEmpty();
        assertThat(result.fields()).containsEntry("format", "TD2").containsEntry("documentNumber", "D23145890");
    }

    @Test
    void givenTheTd1Specimen_whenChecked_thenValidWithTheNameFromTheThirdLine() {
        DocumentCheckResult result = MrzCheck.check(
                List.of(
                        "I<UTOD231458907<<<<<<<<<<<<<<<",
                        "7408122F1204159UTO<<<<<<<<<<<6",
                        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"),
                TODAY);

        assertThat(result.failures()).isEmpty();
        assertThat(result.fields())
                .containsEntry("format", "TD1")
                .containsEntry("documentNumber", "D23145890")
                .containsEntry("surname", "ERIKSSON")
                .containsEntry("dateOfExpiry", "2012-04-15");
    }

    @Test
    void givenATd1NumberLongerThanNineCharacters_whenChecked_thenItIsReadOnIntoTheOptionalData() {
        DocumentCheckResult result = MrzCheck.check(
                List.of(
                        "I<UTOD23145890<7349<<<<<<<<<<<",
                        "3407127M9507122UTO<<<<<<<<<<<2",
                        "STEVENSON<<PETER<JOHN<<<<<<<<<"),
                TODAY);

        assertThat(result.failures()).isEmpty();
        assertThat(result.fields()).containsEntry("documentNumber", "D23145890734");
    }

    /**
     * Doc 9303's rule for a number longer than the 9-character field, in the two-line formats: the 9 principal
     * characters, a filler in the check digit's place, the rest of the number at the start of the optional data, then
     * the whole number's check digit (D23145890734 is part 5's long number; its digit is 9). The composite digit
     * covers the optional data as written.
     */
    @Test
    void givenATd2NumberLongerThanNineCharacters_whenChecked_thenItIsReadOnIntoTheOptionalData() {
        DocumentCheckResult result = MrzCheck.check(
                List.of("I<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<", "D23145890<UTO7408122F12041597349<<<2"), TODAY);

        assertThat(result.failures()).isEmpty();
        assertThat(result.fields())
                .containsEntry("format", "TD2")
                .containsEntry("documentNumber", "D23145890734")
                .containsEntry("optionalData", "");
    }

    @Test
    void givenATd3NumberLongerThanNineCharacters_whenChecked_thenItIsReadOnIntoThePersonalNumberField() {
        DocumentCheckResult result =
                MrzCheck.check(List.of(TD3_SPECIMEN.get(0), "D23145890<UTO7408122F12041597349<<<<<<<<<<57"), TODAY);

        assertThat(result.failures()).isEmpty();
        assertThat(result.fields())
                .containsEntry("documentNumber", "D23145890734")
                .containsEntry("personalNumber", "");
    }

    @Test
    void givenALongNumberWhoseDigitIsWrong_whenChecked_thenTheNumberFails() {
        DocumentCheckResult result = MrzCheck.check(
                List.of("I<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<", "D23145890<UTO7408122F12041597348<<<1"), TODAY);

        assertThat(result.failures()).contains("document number check digit does not match");
    }

    @Test
    void givenAFillerForTheDigitButNothingContinuing_whenChecked_thenTheNumberFails() {
        DocumentCheckResult result = MrzCheck.check(
                List.of("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D23145890<UTO7408122F1204159<<<<<<<6"), TODAY);

        assertThat(result.failures()).contains("document number check digit does not match");
    }

    /** Part 7's specimens: a visa's lower line has no composite check digit and longer optional data. */
    @Test
    void givenTheIcaoMrvASpecimen_whenChecked_thenItIsReadAsAVisa() {
        DocumentCheckResult result = MrzCheck.check(
                List.of("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L8988901C4XXX4009078F96121096ZE184226B<<<<<<"),
                TODAY);

        assertThat(result.failures()).isEmpty();
        assertThat(result.fields())
                .containsEntry("format", "MRV-A")
                .containsEntry("documentType", "V")
                .containsEntry("documentNumber", "L8988901C")
                .containsEntry("nationality", "XXX")
                .containsEntry("dateOfBirth", "1940-09-07")
                .containsEntry("dateOfExpiry", "1996-12-10")
                .containsEntry("optionalData", "6ZE184226B");
    }

    @Test
    void givenTheIcaoMrvBSpecimen_whenChecked_thenItIsReadAsAVisa() {
        DocumentCheckResult result = MrzCheck.check(
                List.of("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "L8988901C4XXX4009078F9612109<<<<<<<<"), TODAY);

        assertThat(result.failures()).isEmpty();
        assertThat(result.fields()).containsEntry("format", "MRV-B").containsEntry("documentNumber", "L8988901C");
    }

    @Test
    void givenVisasWithNumbersLongerThanNineCharacters_whenChecked_thenTheNumberIsReadOnIntoTheOptionalData() {
        String upper44 = "V<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<<<<<<<<<";
        String upper36 = "V<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<";

        DocumentCheckResult a = MrzCheck.check(List.of(upper44, "D23145890<UTO7408122F12041597349<<<<<<<<<<<<"), TODAY);
        DocumentCheckResult b = MrzCheck.check(List.of(upper36, "D23145890<UTO7408122F12041597349<<<<"), TODAY);

        assertThat(a.failures()).isEmpty();
        assertThat(a.fields()).containsEntry("format", "MRV-A").containsEntry("documentNumber", "D23145890734");
        assertThat(b.failures()).isEmpty();
        assertThat(b.fields()).containsEntry("format", "MRV-B").containsEntry("documentNumber", "D23145890734");
    }

    @Test
    void givenALongNumber_whenTheSandboxWritesATd3Zone_thenItReadsBack() {
        String line2 = MrzSpecimens.td3Line2("D23145890734", "UTO", "740812", "F", "300415", "AB12");

        DocumentCheckResult result = MrzCheck.check(List.of(TD3_SPECIMEN.get(0), line2), TODAY);

        assertThat(result.failures()).isEmpty();
        assertThat(result.fields())
                .containsEntry("documentNumber", "D23145890734")
                .containsEntry("personalNumber", "AB12");
    }

    @Test
    void givenOneAlteredDigit_whenChecked_thenTheFieldAndTheCompositeCheckFail() {
        DocumentCheckResult result =
                MrzCheck.check(List.of(TD3_SPECIMEN.get(0), "L898902C36UTO7408132F1204159ZE184226B<<<<<10"), TODAY);

        assertThat(result.valid()).isFalse();
        assertThat(result.failures())
                .containsExactly("date of birth check digit does not match", "composite check digit does not match");
    }

    @Test
    void givenAWrongCompositeDigitOnly_whenChecked_thenOnlyTheCompositeFails() {
        DocumentCheckResult result =
                MrzCheck.check(List.of(TD3_SPECIMEN.get(0), "L898902C36UTO7408122F1204159ZE184226B<<<<<19"), TODAY);

        assertThat(result.failures()).containsExactly("composite check digit does not match");
    }

    @Test
    void givenAnImpossibleDate_whenChecked_thenItIsNamed() {
        String line2 = MrzSpecimens.td3Line2("X12345678", "GBR", "740231", "F", "300101", "");
        DocumentCheckResult result = MrzCheck.check(List.of(TD3_SPECIMEN.get(0), line2), TODAY);

        assertThat(result.failures()).containsExactly("date of birth is not a real date: 740231");
    }

    @Test
    void givenWrongLengthsOrCharacters_whenChecked_thenTheShapeIsExplained() {
        assertThat(MrzCheck.check(List.of("P<UTO", "L898"), TODAY).failures())
                .singleElement()
                .asString()
                .startsWith("an MRZ has 3 lines of 30 characters (TD1)");
        assertThat(MrzCheck.check(List.of("P<UTO ERIKSSON", "L898-02"), TODAY).failures())
                .containsExactly(
                        "line 1 may contain only A-Z, 0-9 and '<'", "line 2 may contain only A-Z, 0-9 and '<'");
    }

    @Test
    void givenTwoDigitYears_whenResolved_thenBirthIsNeverInTheFutureAndExpiryMayBeAhead() {
        assertThat(MrzCheck.date("300101", TODAY, false)).isEqualTo(LocalDate.of(1930, 1, 1));
        assertThat(MrzCheck.date("261127", TODAY, false)).isEqualTo(LocalDate.of(1926, 11, 27));
        assertThat(MrzCheck.date("050101", TODAY, false)).isEqualTo(LocalDate.of(2005, 1, 1));
        assertThat(MrzCheck.date("300101", TODAY, true)).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(MrzCheck.date("990101", TODAY, true)).isEqualTo(LocalDate.of(1999, 1, 1));
    }

    @Test
    void givenFieldsAndTheirDigits_whenComputed_thenTheIcaoWeightsApply() {
        assertThat(CheckDigits.icao("L898902C3")).isEqualTo('6');
        assertThat(CheckDigits.icao("740812")).isEqualTo('2');
        assertThat(CheckDigits.icao("120415")).isEqualTo('9');
        assertThat(CheckDigits.matches("<<<<<<<<<<<<<<", '<')).isTrue();
        assertThat(CheckDigits.matches("<<<<<<<<<<<<<<", '0')).isTrue();
    }
}
