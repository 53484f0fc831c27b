package io.peerlend.lending.api.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The market funded a loan: its parts, one per lender, taken from their offers; they sum to the loan. */
public record LoanMatched(
        String marketId,
        String loanId,
        long amountMinor,
        BigDecimal ratePercent,
        List<MatchedPart> parts,
        Instant matchedAt) {

    public record MatchedPart(String offerId, String lenderId, long amountMinor, int rateBps) {}
}
