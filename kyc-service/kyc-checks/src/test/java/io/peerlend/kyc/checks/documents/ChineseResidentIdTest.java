package io.peerlend.kyc.checks.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseResidentIdTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void givenTheStandardsExampleNumber_whenChecked_thenValidWithBirthDateAndSex() {
        DocumentCheckResult result = ChineseResidentId.check("11010519491231002X", TODAY);

        assertThat(result.failures()).isEmpty();
        assertThat(result.fields())
                .containsEntry("regionCode", "110105")
                .containsEntry("dateOfBirth", "1949-12-31")
                .containsEntry("sex", "F");
    }

    @ParameterizedTest(name = "{0}: MOD 11-2 gives {1}")
    @CsvSource({"11010519491231002, X", "44052418800101001, 4", "51343620000320790, 2", "32010619900307123, 4"})
    void givenSeventeenDigits_whenTheCheckCharacterIsComputed_thenIso7064Mod112Applies(String first17, char check) {
        assertThat(ChineseResidentId.checkCharacter(first17)).isEqualTo(check);
    }

    @Test
    void givenALowerCaseX_whenChecked_thenItIsAccepted() {
        assertThat(ChineseResidentId.check("11010519491231002x", TODAY).valid()).isTrue();
    }

    @Test
    void givenAWrongCheckCharacter_whenChecked_thenItFails() {
        assertThat(ChineseResidentId.check("110105194912310021", TODAY).failures())
                .containsExactly("check character does not match (MOD 11-2)");
    }

    @Test
    void givenFebruaryThirtieth_whenChecked_thenTheDateIsNotReal() {
        String first17 = "11010519900230123";
        assertThat(ChineseResidentId.check(first17 + ChineseResidentId.checkCharacter(first17), TODAY)
                        .failures())
                .containsExactly("date of birth is not a real date: 19900230");
    }

    @Test
    void givenAnUnknownProvinceOrAFutureBirth_whenChecked_thenBothAreNamed() {
        String first17 = "99010520300101123";
        assertThat(ChineseResidentId.check(first17 + ChineseResidentId.checkCharacter(first17), TODAY)
                        .failures())
                .containsExactly(
                        "region code 990105 does not name a province-level division",
                        "date of birth 2030-01-01 is outside 1900 to today");
    }

    @Test
    void givenTheWrongShape_whenChecked_thenTheFormatIsExplained() {
        assertThat(ChineseResidentId.check("1101051949123100", TODAY).failures())
                .containsExactly("a resident identity number has 17 digits and a check character (0-9 or X)");
    }
}
