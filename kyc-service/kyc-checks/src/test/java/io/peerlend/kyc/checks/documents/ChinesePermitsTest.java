package io.peerlend.kyc.checks.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The documents `cn` customers hold besides the resident identity card. Test vectors: the residence permits' sample
 * numbers the Beijing Public Security Bureau published with the 2018 permits (810000199408230021 and
 * 830000199201300022); for the permanent residence card, one holder's number in both formats (a national of
 * Kazakhstan, ISO 3166-1 398 / KAZ, registered in Beijing, born 31 December 1990), as the 2023 format's
 * announcements explain the change; every other number here is built by the same published rules.
 */
class ChinesePermitsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void givenThePublishedSampleNumbers_whenResidencePermitsAreChecked_thenValidWithTheirRegion() {
        DocumentCheckResult hongKong = ResidencePermitForHongKongMacaoTaiwan.check("810000199408230021", TODAY);
        DocumentCheckResult taiwan = ResidencePermitForHongKongMacaoTaiwan.check("830000199201300022", TODAY);

        assertThat(hongKong.failures()).isEmpty();
        assertThat(hongKong.fields())
                .containsEntry("residentOf", "Hong Kong")
                .containsEntry("dateOfBirth", "1994-08-23")
                .containsEntry("sex", "F");
        assertThat(taiwan.failures()).isEmpty();
        assertThat(taiwan.fields()).containsEntry("residentOf", "Taiwan").containsEntry("dateOfBirth", "1992-01-30");
    }

    @Test
    void givenAMacaoPermitBuiltByTheRule_whenChecked_thenValid() {
        String first17 = "82000019851107003";

        DocumentCheckResult result =
                ResidencePermitForHongKongMacaoTaiwan.check(first17 + Gb11643.checkCharacter(first17), TODAY);

        assertThat(result.failures()).isEmpty();
        assertThat(result.fields()).containsEntry("residentOf", "Macao").containsEntry("sex", "M");
    }

    @Test
    void givenAResidentIdentityNumber_whenCheckedAsAResidencePermit_thenItsRegionIsRefused() {
        DocumentCheckResult result = ResidencePermitForHongKongMacaoTaiwan.check("11010519491231002X", TODAY);

        assertThat(result.failures())
                .containsExactly(
                        "a residence permit for Hong Kong, Macao and Taiwan residents begins 810000, 820000 or 830000,"
                                + " not 110105");
    }

    @ParameterizedTest
    @ValueSource(strings = {"810000199408230022", "8100001994082300", "81000019940823002A"})
    void givenAWrongCheckCharacterOrShape_whenAResidencePermitIsChecked_thenItFails(String number) {
        assertThat(ResidencePermitForHongKongMacaoTaiwan.check(number, TODAY).valid())
                .isFalse();
    }

    @Test
    void givenThe2023PermanentResidenceNumber_whenChecked_thenProvinceNationalityAndBirthAreRead() {
        DocumentCheckResult result = ForeignPermanentResidentId.check("911398199012310021", TODAY);

        assertThat(result.failures()).isEmpty();
        assertThat(result.fields())
                .containsEntry("format", "2023")
                .containsEntry("provinceCode", "11")
                .containsEntry("nationality", "KAZ")
                .containsEntry("dateOfBirth", "1990-12-31")
                .containsEntry("sex", "F");
    }

    @Test
    void givenTheSameHoldersEarlierCard_whenChecked_thenTheSameFactsAreRead() {
        DocumentCheckResult result = ForeignPermanentResidentId.check("KAZ110090123105", TODAY);

        assertThat(result.failures()).isEmpty();
        assertThat(result.fields())
                .containsEntry("format", "2004")
                .containsEntry("provinceCode", "11")
                .containsEntry("nationality", "KAZ")
                .containsEntry("dateOfBirth", "1990-12-31")
                .containsEntry("sex", "F");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "911398199012310022 | check character does not match (MOD 11-2)",
                "999398199012310021 | province code 99 does not name a mainland province-level division",
                "911999199012310021 | nationality code 999 does not name a country (ISO 3166-1)",
                "911398199002310021 | date of birth is not a real date: 19900231",
                "KAZ110090123107    | check digit does not match (ICAO 9303 weights)",
                "KAA110090123105    | nationality code KAA does not name a country (ISO 3166-1)",
            })
    void givenOneWrongPart_whenAPermanentResidenceNumberIsChecked_thenThatPartIsNamed(String number, String failure) {
        assertThat(ForeignPermanentResidentId.check(number, TODAY).failures()).contains(failure);
    }

    @Test
    void givenAResidentIdentityNumber_whenCheckedAsAPermanentResidenceCard_thenItsShapeIsExplained() {
        assertThat(ForeignPermanentResidentId.check("11010519491231002X", TODAY).failures())
                .singleElement()
                .asString()
                .startsWith("a permanent residence identity card number is 9 and 16 digits");
    }

    @ParameterizedTest(name = "{0} is a permit of a {1} resident")
    @CsvSource({"H12345678, Hong Kong", "m87654321, Macao", "H12345678 01, Hong Kong"})
    void givenHongKongAndMacaoPermitNumbers_whenChecked_thenTheirResidenceIsRead(String number, String residentOf) {
        DocumentCheckResult result = MainlandTravelPermit.forHongKongMacaoResidents(number);

        assertThat(result.failures()).isEmpty();
        assertThat(result.fields()).containsEntry("residentOf", residentOf);
    }

    @ParameterizedTest
    @ValueSource(strings = {"X12345678", "H1234567", "H123456789", "12345678"})
    void givenOtherShapes_whenCheckedAsAHongKongMacaoPermit_thenRefused(String number) {
        assertThat(MainlandTravelPermit.forHongKongMacaoResidents(number).valid())
                .isFalse();
    }

    @Test
    void givenEightDigits_whenCheckedAsATaiwanPermit_thenValidAndOtherShapesAreNot() {
        assertThat(MainlandTravelPermit.forTaiwanResidents("01234567").fields()).containsEntry("residentOf", "Taiwan");
        assertThat(MainlandTravelPermit.forTaiwanResidents("0123456789").valid())
                .isFalse();
        assertThat(MainlandTravelPermit.forTaiwanResidents("T1234567").valid()).isFalse();
    }
}
