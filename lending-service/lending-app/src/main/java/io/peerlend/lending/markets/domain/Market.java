package io.peerlend.lending.markets.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.peerlend.lending.api.commands.CancelOffer;
import io.peerlend.lending.api.commands.MatchLoan;
import io.peerlend.lending.api.commands.PlaceOffer;
import io.peerlend.lending.api.commands.QuoteLoan;
import io.peerlend.lending.api.events.LoanMatched;
import io.peerlend.lending.api.events.OfferCancelled;
import io.peerlend.lending.api.events.OfferPlaced;
import io.peerlend.lending.product.Snapshotted;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * One market (grade × term): the consistency boundary of its order book. Every offer and every match goes through
 * this aggregate, one command at a time per market, and the event store's append check rejects a concurrent writer
 * from any other instance, so no offer is ever used twice.
 */
public class Market implements Snapshotted {

    @AggregateIdentifier
    private String marketId;

    private OrderBook book;
    private final Map<String, String> owners = new HashMap<>();
    private final Map<String, List<LoanMatched.MatchedPart>> matched = new HashMap<>();

    protected Market() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(PlaceOffer c, MarketPolicy policy, Clock clock) {
        if (owners.containsKey(c.offerId())) {
            return; // already placed: a redelivered step
        }
        if (c.rateBps() < policy.rateFloorBps()) {
            throw new MarketRuleBroken(
                    "the lowest rate in this market is " + BigDecimal.valueOf(policy.rateFloorBps(), 2) + "%");
        }
        apply(new OfferPlaced(c.marketId(), c.offerId(), c.lenderId(), c.amountMinor(), c.rateBps(), clock.instant()));
    }

    @CommandHandler
    long handle(CancelOffer c, Clock clock) {
        String owner = owners.get(c.offerId());
        if (owner == null || !owner.equals(c.lenderId())) {
            throw new MarketRuleBroken("no such offer of yours in " + marketId);
        }
        long remaining = book.remainingOf(c.offerId());
        apply(new OfferCancelled(marketId, c.offerId(), c.lenderId(), remaining, clock.instant()));
        return remaining;
    }

    /** What the book would fund now, cheapest first; changes nothing. */
    @CommandHandler
    Allocation handle(QuoteLoan c) {
        return book.allocate(c.amountMinor(), Integer.MAX_VALUE);
    }

    /**
     * Funds a loan all or nothing from the book as it is now, refusing when the weighted rate has risen above the
     * quote. A loan matched before gets its first match back.
     */
    @CommandHandler
    List<LoanMatched.MatchedPart> handle(MatchLoan c, Clock clock) {
        if (matched.containsKey(c.loanId())) {
            return matched.get(c.loanId());
        }
        Allocation allocation = book == null
                ? new Allocation(c.amountMinor(), 0, List.of())
                : book.allocate(c.amountMinor(), Integer.MAX_VALUE);
        if (!allocation.complete()) {
            throw new MarketRuleBroken("not enough money on offer to fund the loan now");
        }
        if (allocation.rate().compareTo(c.maxRatePercent()) > 0) {
            throw new MarketRuleBroken("the market's rate rose to " + allocation.rate() + "% since the quote");
        }
        List<LoanMatched.MatchedPart> parts = allocation.parts().stream()
                .map(p -> new LoanMatched.MatchedPart(p.offerId(), p.lenderId(), p.amount(), p.rateBps()))
                .toList();
        apply(new LoanMatched(marketId, c.loanId(), c.amountMinor(), allocation.rate(), parts, clock.instant()));
        return parts;
    }

    @EventSourcingHandler
    void on(LoanMatched e) {
        book.apply(e.parts().stream()
                .map(p -> new LoanPart(p.offerId(), p.lenderId(), p.amountMinor(), p.rateBps()))
                .toList());
        matched.put(e.loanId(), e.parts());
    }

    @EventSourcingHandler
    void on(OfferPlaced e, MarketPolicy policy) {
        if (book == null) {
            marketId = e.marketId();
            book = new OrderBook(policy.parts());
        }
        owners.put(e.offerId(), e.lenderId());
        book.place(e.offerId(), e.lenderId(), e.rateBps(), e.amountMinor());
    }

    @EventSourcingHandler
    void on(OfferCancelled e) {
        owners.remove(e.offerId());
        book.cancel(e.offerId());
    }

    @Override
    public MarketState snapshot() {
        return new MarketState(marketId, book.state(), book.nextSequence(), Map.copyOf(owners), Map.copyOf(matched));
    }

    @EventSourcingHandler
    void on(MarketState s, MarketPolicy policy) {
        marketId = s.marketId();
        book = OrderBook.restore(policy.parts(), s.offers(), s.nextOfferSequence());
        owners.clear();
        owners.putAll(s.owners());
        matched.clear();
        matched.putAll(s.matched());
    }
}
