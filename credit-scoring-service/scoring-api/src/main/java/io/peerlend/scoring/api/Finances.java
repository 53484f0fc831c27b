package io.peerlend.scoring.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The applicant's monthly money, as decimal strings in the profile's currency.
 *
 * @param monthlyNetIncome    income after tax
 * @param monthlyOutgoings    living costs: rent or mortgage, bills, food, transport
 * @param monthlyDebtPayments repayments on existing credit
 */
public record Finances(
        @NotBlank(message = "is required")
        @Pattern(regexp = AMOUNT, message = "must be a decimal amount such as \"2500.00\"")
        String monthlyNetIncome,

        @NotBlank(message = "is required")
        @Pattern(regexp = AMOUNT, message = "must be a decimal amount such as \"1200.00\"")
        String monthlyOutgoings,

        @NotBlank(message = "is required")
        @Pattern(regexp = AMOUNT, message = "must be a decimal amount such as \"150.00\"")
        String monthlyDebtPayments) {

    public static final String AMOUNT = "\\d{1,12}(\\.\\d{1,2})?";
}
