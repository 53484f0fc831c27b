package io.peerlend.lending.api.http;

import java.time.Instant;
import java.util.List;

/**
 * A borrower's quote: rate, APR, fee, payment and totals as decimal strings, every instalment, and the pre-contract
 * information in the order the regulations list it. {@code available} is false, with the reason, when the market could
 * not fund the loan when asked.
 */
public record LoanQuoteView(
        String applicationId,
        boolean available,
        String reason,
        String market,
        String rate,
        String apr,
        String fee,
        String amountOfCredit,
        String monthlyPayment,
        String totalInterest,
        String totalRepayable,
        Instant validUntil,
        List<LoanCalculation.Installment> installments,
        PreContractInformation preContractInformation) {

    /** The pre-contract information, each line as the borrower reads it, in the order the regulations list it. */
    public record PreContractInformation(
            String creditor,
            String typeOfCredit,
            String totalAmountOfCredit,
            String amountPaidOut,
            int durationMonths,
            String instalments,
            String totalAmountPayable,
            String borrowingRate,
            String apr,
            String fees,
            String totalCostOfCredit,
            List<String> consequencesOfMissingPayments,
            String rightOfWithdrawal,
            String earlyRepayment,
            String validUntil) {}
}
