package io.peerlend.lending.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void decimal_strings_become_exact_minor_units_and_back() {
        assertThat(Amounts.toMinor("5000.00", "GBP")).isEqualTo(500_000);
        assertThat(Amounts.toMinor("0.1", "GBP")).isEqualTo(10);
        assertThat(Amounts.toMinor("12", "CNY")).isEqualTo(1_200);
        assertThat(Amounts.format(500_001, "GBP")).isEqualTo("5000.01");
    }

    @Test
    void more_decimals_than_the_currency_has_is_an_error_not_a_rounding() {
        assertThatThrownBy(() -> Amounts.toMinor("10.005", "GBP")).isInstanceOf(ArithmeticException.class);
    }
}
