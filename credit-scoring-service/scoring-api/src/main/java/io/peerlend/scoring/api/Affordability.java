package io.peerlend.scoring.api;

/**
 * The creditworthiness check made before any grade is offered. Amounts are decimal strings in {@code currency}.
 *
 * @param stressInstalment  the monthly repayment of this loan at the profile's stress rate
 * @param debtToIncome      all debt repayments, this loan's included, over net income (4 decimals)
 * @param disposableIncome  what is left each month after outgoings, existing repayments and this loan
 * @param reason            why it failed, in plain words; absent when it passed
 */
public record Affordability(
        boolean passed,
        String currency,
        String stressInstalment,
        String debtToIncome,
        String disposableIncome,
        String reason) {}
