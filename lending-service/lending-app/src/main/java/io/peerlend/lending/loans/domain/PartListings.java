package io.peerlend.lending.loans.domain;

import io.peerlend.lending.api.events.LoanPartListed;
import io.peerlend.lending.api.events.LoanPartTransferred;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loan's listings on the secondary market: those open, and the sales made (so a retried purchase gets its sale
 * back and a second buyer is refused). The prices: principal outstanding, the premium or discount on it, the interest
 * accrued to the day of sale net of the servicing fee (the seller's), and the sale fee on principal and premium.
 */
final class PartListings {

    /** An open listing: who sells, which parts, at what premium. */
    record Open(String sellerId, List<Integer> parts, int premiumBps) {}

    /** A sale's figures, in minor units. */
    record Price(long principal, long premium, long accruedInterest, long price, long fee) {}

    private final Map<String, Open> open = new HashMap<>();
    /** Sold listings by id: the transfer, for retries. */
    private final Map<String, LoanPartTransferred> sold = new HashMap<>();

    Optional<Open> open(String listingId) {
        return Optional.ofNullable(open.get(listingId));
    }

    Optional<LoanPartTransferred> sold(String listingId) {
        return Optional.ofNullable(sold.get(listingId));
    }

    /** The open listing of this seller's holding, if they have one. */
    Optional<String> openBy(String sellerId) {
        return open.entrySet().stream()
                .filter(e -> e.getValue().sellerId().equals(sellerId))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    static Price price(
            long principal,
            int premiumBps,
            long accruedGross,
            ServicingPolicy servicing,
            SecondaryMarketPolicy market) {
        long premium = BigDecimal.valueOf(principal)
                .multiply(BigDecimal.valueOf(premiumBps))
                .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_EVEN)
                .longValueExact();
        long accrued = accruedGross - servicing.servicingFee(accruedGross);
        long fee = BigDecimal.valueOf(principal + premium)
                .multiply(BigDecimal.valueOf(market.saleFeeBps()))
                .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_EVEN)
                .longValueExact();
        return new Price(principal, premium, accrued, principal + premium + accrued, fee);
    }

    void listed(LoanPartListed e) {
        open.put(e.listingId(), new Open(e.sellerId(), e.parts(), e.premiumBps()));
    }

    void cancelled(String listingId) {
        open.remove(listingId);
    }

    void transferred(LoanPartTransferred e) {
        open.remove(e.listingId());
        sold.put(e.listingId(), e);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartListings l && l.open.equals(open) && l.sold.equals(sold);
    }

    @Override
    public int hashCode() {
        return 31 * open.hashCode() + sold.hashCode();
    }
}
