package io.peerlend.lending.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The borrower's monthly income and outgoings, as decimal strings in the platform's currency. */
public record MonthlyFinances(
        @NotBlank(message = "is required")
        @Pattern(regexp = AMOUNT, message = "must be a decimal amount such as \"2500.00\"")
        String netIncome,

        @NotBlank(message = "is required")
        @Pattern(regexp = AMOUNT, message = "must be a decimal amount such as \"1200.00\"")
        String outgoings,

        @NotBlank(message = "is required")
        @Pattern(regexp = AMOUNT, message = "must be a decimal amount such as \"150.00\"")
        String debtRepayments) {

    static final String AMOUNT = "\\d{1,12}(\\.\\d{1,2})?";
}
