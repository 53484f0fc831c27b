package io.peerlend.lending.api.http;

import java.time.LocalDate;
import java.util.List;

/**
 * A schedule as the platform computes every real one: amounts as decimal strings of {@code currency}, the APR in
 * percent to one decimal place. {@code amountOfCredit} is what the borrower receives (principal less fees deducted).
 */
public record LoanCalculation(
        String currency,
        String principal,
        String amountOfCredit,
        String monthlyPayment,
        String apr,
        String totalInterest,
        String totalFees,
        String totalRepayable,
        List<Installment> installments) {

    public record Installment(
            int number,
            LocalDate dueDate,
            String principal,
            String interest,
            String fees,
            String total,
            String balance) {}
}
