package io.peerlend.lending.quotes.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a consumer credit borrower must see before agreeing (the Consumer Credit Directive's standard European
 * consumer credit information; in the UK the pre-contract credit information of the Consumer Credit (Disclosure of
 * Information) Regulations 2010), in the order those forms use. Amounts are minor units of {@code currency}.
 */
public record PreContractInformation(
        String creditor,
        String typeOfCredit,
        String currency,
        long totalAmountOfCredit,
        long amountPaidOut,
        int durationMonths,
        int numberOfInstalments,
        long regularInstalment,
        long lastInstalment,
        long totalAmountPayable,
        BigDecimal borrowingRatePercent,
        BigDecimal aprPercent,
        long fees,
        long totalCostOfCredit,
        List<String> consequencesOfMissingPayments,
        String rightOfWithdrawal,
        String earlyRepayment,
        Instant validUntil) {

    public PreContractInformation {
        consequencesOfMissingPayments = List.copyOf(consequencesOfMissingPayments);
    }
}
