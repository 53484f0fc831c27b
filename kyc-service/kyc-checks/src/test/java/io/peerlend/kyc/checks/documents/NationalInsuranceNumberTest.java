package io.peerlend.kyc.checks.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NationalInsuranceNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"AB123456C", "ab 12 34 56 c", "JG103759A", "CE 00 00 00 D"})
    void givenAllocatableNumbers_whenChecked_thenValid(String number) {
        assertThat(NationalInsuranceNumber.check(number).failures()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "DA123456C | the first letter may not be D, F, I, Q, U or V",
                "QQ123456C | the first letter may not be D, F, I, Q, U or V",
                "AO123456C | the second letter may not be D, F, I, O, Q, U or V",
                "GB123456A | the prefix GB is not allocated",
                "TN123456A | the prefix TN is not allocated",
                "AB123456E | the suffix must be A, B, C or D",
                "AB12345C | a National Insurance number is two letters, six digits and a letter, e.g. AB 12 34 56 C"
            })
    void givenRuleBreakingNumbers_whenChecked_thenTheRuleIsNamed(String number, String failure) {
        assertThat(NationalInsuranceNumber.check(number).failures()).contains(failure);
    }

    @Test
    void givenAValidNumber_whenChecked_thenItsPartsAreReturned() {
        assertThat(NationalInsuranceNumber.check("AB 12 34 56 C").fields())
                .containsEntry("prefix", "AB")
                .containsEntry("number", "123456")
                .containsEntry("suffix", "C");
    }
}
