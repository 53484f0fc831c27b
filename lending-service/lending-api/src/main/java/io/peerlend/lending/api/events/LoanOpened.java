package io.peerlend.lending.api.events;

import io.peerlend.lending.api.LoanPartShare;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A funded loan exists and its payout to the borrower is instructed ({@code disbursementReference}): the borrower is
 * paid the principal less the origination fee. The fee is held as unearned until the cooling-off period is over
 * ({@link LoanFeesEarned}): then {@code provisionFeeMinor} of it goes to the provision fund and the rest is the
 * platform's. The parts, one per lender share, sum to the principal.
 */
public record LoanOpened(
        String loanId,
        String borrowerId,
        String marketId,
        String grade,
        BigDecimal pd,
        int termMonths,
        long principalMinor,
        String currency,
        BigDecimal ratePercent,
        long originationFeeMinor,
        long provisionFeeMinor,
        List<LoanPartShare> parts,
        String disbursementReference,
        Instant openedAt) {

    public long netDisbursementMinor() {
        return principalMinor - originationFeeMinor;
    }
}
