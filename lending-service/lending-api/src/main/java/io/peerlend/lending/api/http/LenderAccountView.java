package io.peerlend.lending.api.http;

import java.time.Instant;
import java.util.List;

/**
 * A lender's money: {@code available} to offer or withdraw, {@code committedToOffers} waiting in the markets,
 * {@code pendingDeposits} not yet settled,
 * {@code withdrawalsInTransit} on their way out; the statement lists settled movements with the running balance
 * (available plus committed).
 */
public record LenderAccountView(
        String lenderId,
        String currency,
        String available,
        String committedToOffers,
        String pendingDeposits,
        String withdrawalsInTransit,
        List<StatementLine> statement) {

    /** @param rate on a LENT line, the rate this lender earns on that loan part, e.g. "5.50" (absent otherwise) */
    public record StatementLine(
            Instant at, String type, String reference, String amount, String balance, String rate) {}
}
