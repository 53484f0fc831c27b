package io.peerlend.lending.loans.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.peerlend.lending.api.LoanPartPrice;
import io.peerlend.lending.api.commands.CancelLoanPartListing;
import io.peerlend.lending.api.commands.ListLoanPart;
import io.peerlend.lending.api.commands.QuoteLoanPartSale;
import io.peerlend.lending.api.commands.TransferLoanPart;
import io.peerlend.lending.api.events.LoanPartListed;
import io.peerlend.lending.api.events.LoanPartListingCancelled;
import io.peerlend.lending.api.events.LoanPartTransferred;
import io.peerlend.lending.product.Amounts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * A loan's secondary market (an entity of the {@link Loan} aggregate, so a sale is decided with the loan's state, one
 * command at a time): a lender's holding listed, quoted at the day's price, sold to one buyer, or withdrawn. It reads
 * the loan (its parts, what they have accrued, its arrears) and keeps the listings; the parts changing hands is the
 * loan's own event sourcing.
 */
class LoanTrading {

    private final Loan loan;
    private final PartListings listings = new PartListings();

    LoanTrading(Loan loan) {
        this.loan = loan;
    }

    /** The lender's holding (every part they own) goes on the secondary market; a retried listing is the same. */
    @CommandHandler
    LoanPartListed handle(ListLoanPart c, SecondaryMarketPolicy market, Clock clock) {
        var earlier = listings.open(c.listingId());
        if (earlier.isPresent() && earlier.get().sellerId().equals(c.sellerId())) {
            return new LoanPartListed(
                    loan.loanId(),
                    c.listingId(),
                    c.sellerId(),
                    earlier.get().parts(),
                    held(earlier.get().parts()),
                    earlier.get().premiumBps(),
                    loan.currency(),
                    c.asOf(),
                    clock.instant());
        }
        if (listings.sold(c.listingId()).isPresent()) {
            throw new LoanRuleBroken(null, "this listing is sold");
        }
        loan.requireActive();
        List<Integer> owned = loan.parts().ownedBy(c.sellerId());
        if (owned.isEmpty()) {
            throw new LoanRuleBroken(null, "you hold no part of this loan");
        }
        if (listings.openBy(c.sellerId()).isPresent()) {
            throw new LoanRuleBroken(null, "your part of this loan is listed already");
        }
        if (c.premiumBps() < market.minPremiumBps() || c.premiumBps() > market.maxPremiumBps()) {
            throw new LoanRuleBroken(
                    "premium",
                    "must be between " + BigDecimal.valueOf(market.minPremiumBps(), 2) + "% and "
                            + BigDecimal.valueOf(market.maxPremiumBps(), 2) + "%");
        }
        requireSellable(c.premiumBps(), market);
        LoanPartListed listed = new LoanPartListed(
                loan.loanId(),
                c.listingId(),
                c.sellerId(),
                owned,
                held(owned),
                c.premiumBps(),
                loan.currency(),
                c.asOf(),
                clock.instant());
        apply(listed);
        return listed;
    }

    @CommandHandler
    void handle(CancelLoanPartListing c, Clock clock) {
        var listing = listings.open(c.listingId());
        if (listing.isPresent() && listing.get().sellerId().equals(c.sellerId())) {
            apply(new LoanPartListingCancelled(
                    loan.loanId(),
                    c.listingId(),
                    c.sellerId(),
                    c.reason() == null ? "withdrawn by the seller" : c.reason(),
                    clock.instant()));
        }
    }

    /**
     * Sells a listing: one buyer only (the aggregate takes one command at a time), at the price of the day, never above
     * what the buyer set aside. A retried purchase gets its own sale back.
     */
    @CommandHandler
    LoanPartTransferred handle(
            TransferLoanPart c, SecondaryMarketPolicy market, ServicingPolicy servicing, Clock clock) {
        var done = listings.sold(c.listingId());
        if (done.isPresent()) {
            if (done.get().purchaseId().equals(c.purchaseId())) {
                return done.get();
            }
            throw new LoanRuleBroken(null, "this part was sold to another buyer");
        }
        PartListings.Open listing = listings.open(c.listingId())
                .orElseThrow(() -> new LoanRuleBroken(null, "this part is no longer for sale"));
        if (listing.sellerId().equals(c.buyerId())) {
            throw new LoanRuleBroken(null, "you cannot buy your own part");
        }
        loan.requireActive();
        requireSellable(listing.premiumBps(), market);
        PartListings.Price price = priceOf(listing, c.asOf(), servicing, market);
        if (price.principal() == 0) {
            throw new LoanRuleBroken(null, "nothing of this part is outstanding");
        }
        if (price.price() > c.maxPriceMinor()) {
            throw new LoanRuleBroken(
                    null,
                    "the price is now " + Amounts.format(price.price(), loan.currency())
                            + " (a repayment or a day's interest moved it); look again");
        }
        LoanPartTransferred transferred = new LoanPartTransferred(
                loan.loanId(),
                c.listingId(),
                c.purchaseId(),
                listing.sellerId(),
                c.buyerId(),
                listing.parts(),
                price.principal(),
                price.premium(),
                price.accruedInterest(),
                price.price(),
                price.fee(),
                loan.currency(),
                c.asOf(),
                clock.instant());
        apply(transferred);
        return transferred;
    }

    /** A listing's price on the day, as a purchase would pay it; refused where a purchase would be. */
    @CommandHandler
    LoanPartPrice handle(QuoteLoanPartSale c, SecondaryMarketPolicy market, ServicingPolicy servicing) {
        PartListings.Open listing = listings.open(c.listingId())
                .orElseThrow(() -> new LoanRuleBroken(null, "this part is no longer for sale"));
        loan.requireActive();
        requireSellable(listing.premiumBps(), market);
        PartListings.Price p = priceOf(listing, c.asOf(), servicing, market);
        return new LoanPartPrice(
                listing.sellerId(),
                loan.currency(),
                p.principal(),
                p.premium(),
                p.accruedInterest(),
                p.price(),
                p.fee());
    }

    private PartListings.Price priceOf(
            PartListings.Open listing, LocalDate asOf, ServicingPolicy servicing, SecondaryMarketPolicy market) {
        long[] accrued = loan.book().accruedUnpaid(asOf, loan.interestFrom(asOf));
        long accruedGross = listing.parts().stream().mapToLong(k -> accrued[k]).sum();
        return PartListings.price(held(listing.parts()), listing.premiumBps(), accruedGross, servicing, market);
    }

    /** A part of a loan in arrears is sold only at a discount, and only where the profile allows it. */
    private void requireSellable(int premiumBps, SecondaryMarketPolicy market) {
        if (!ArrearsBucket.CURRENT.label().equals(loan.arrearsBucket())
                && !(market.latePartsAtDiscount() && premiumBps < 0)) {
            throw new LoanRuleBroken(
                    null,
                    market.latePartsAtDiscount()
                            ? "this loan is in arrears (" + loan.arrearsBucket()
                                    + "): its parts are sold only at a discount"
                            : "this loan is in arrears (" + loan.arrearsBucket() + "): its parts are not sold");
        }
    }

    private long held(List<Integer> owned) {
        long[] outstanding = loan.parts().outstanding();
        return owned.stream().mapToLong(k -> outstanding[k]).sum();
    }

    @EventSourcingHandler
    void on(LoanPartListed e) {
        listings.listed(e);
    }

    @EventSourcingHandler
    void on(LoanPartListingCancelled e) {
        listings.cancelled(e.listingId());
    }

    @EventSourcingHandler
    void on(LoanPartTransferred e) {
        listings.transferred(e);
    }
}
