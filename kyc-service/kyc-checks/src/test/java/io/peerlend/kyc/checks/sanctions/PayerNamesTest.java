package io.peerlend.kyc.checks.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayerNamesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "John Smith          | MR J SMITH",
                "John Smith          | SMITH JOHN",
                "John Smith          | SMITH J & A",
                "John Smith          | Mr John Andrew Smith",
                "Zoë Brontë-Jones    | MS ZOE BRONTE JONES",
                "Mohammed Khan       | MOHAMED KHAN",
                "Li Fangwei          | LI FANGWEI"
            })
    void givenTheAccountHoldersNameAsBanksWriteIt_whenCompared_thenTheCustomersOwn(String customer, String payer) {
        assertThat(PayerNames.sameName(customer, payer)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "John Smith    | MRS A SMITH",
                "John Smith    | JOHN BROWN",
                "John Smith    | ACME TRADING LTD",
                "John Smith    | ''",
                "Mohammed Khan | IMRAN KHAN"
            })
    void givenSomeoneElsesName_whenCompared_thenAnotherPayer(String customer, String payer) {
        assertThat(PayerNames.sameName(customer, payer)).isFalse();
    }
}
