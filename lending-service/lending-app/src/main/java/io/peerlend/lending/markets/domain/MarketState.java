package io.peerlend.lending.markets.domain;

import io.peerlend.lending.api.events.LoanMatched;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * A market's state at a snapshot (every offer and every match is one of its events): its order book in priority order
 * and what {@link Market} remembers of offers and matches, restored exactly by its handler for this record. Stored
 * like an event; a change to its shape raises its revision, and older snapshots are then passed over ({@code
 * Snapshots}).
 */
@Revision("1")
public record MarketState(
        String marketId,
        List<OrderBook.OfferState> offers,
        long nextOfferSequence,
        Map<String, String> owners,
        Map<String, List<LoanMatched.MatchedPart>> matched) {}
