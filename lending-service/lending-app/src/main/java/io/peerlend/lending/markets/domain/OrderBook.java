package io.peerlend.lending.markets.domain;

import io.peerlend.lending.product.LoanPartPolicy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The offers of one market, in price-time priority: the lowest rate first, and within a rate level the longest
 * waiting first; an offer that funds a loan moves to the back of its level (round-robin fairness). Each lender has at
 * most one part in a loan. Finding an allocation changes nothing; applying it does, so a loan is funded completely
 * or not at all. Not thread-safe: the market aggregate that owns it serialises all access.
 */
public final class OrderBook {

    private final LoanPartPolicy parts;
    private final TreeMap<Integer, ArrayDeque<Offer>> levels = new TreeMap<>();
    private final Map<String, Offer> byId = new HashMap<>();
    private long sequence;

    public OrderBook(LoanPartPolicy parts) {
        this.parts = parts;
    }

    public void place(String offerId, String lenderId, int rateBps, long amount) {
        if (byId.containsKey(offerId)) {
            return;
        }
        Offer offer = new Offer(offerId, lenderId, rateBps, amount, sequence++);
        byId.put(offerId, offer);
        levels.computeIfAbsent(rateBps, r -> new ArrayDeque<>()).addLast(offer);
    }

    /** Removes an offer; what it still held is returned (0 if unknown or used up). */
    public long cancel(String offerId) {
        Offer offer = byId.remove(offerId);
        if (offer == null) {
            return 0;
        }
        ArrayDeque<Offer> level = levels.get(offer.rateBps);
        level.remove(offer);
        if (level.isEmpty()) {
            levels.remove(offer.rateBps);
        }
        return offer.remaining;
    }

    /** The cheapest parts for a loan of {@code amount}, at rates up to {@code maxRateBps}; nothing is changed. */
    public Allocation allocate(long amount, int maxRateBps) {
        List<LoanPart> chosen = new ArrayList<>();
        Set<String> lenders = new HashSet<>();
        long needed = amount;
        for (Map.Entry<Integer, ArrayDeque<Offer>> level :
                levels.headMap(maxRateBps, true).entrySet()) {
            for (Offer offer : level.getValue()) {
                if (needed == 0) {
                    break;
                }
                if (lenders.contains(offer.lenderId)) {
                    continue;
                }
                long part = Math.min(needed, Math.min(offer.remaining, parts.largestPartOf(offer.originalAmount)));
                if (part <= 0 || part < parts.minimumPart() && part != needed) {
                    continue; // dust below the minimum can only finish a loan
                }
                chosen.add(new LoanPart(offer.offerId, offer.lenderId, part, offer.rateBps));
                lenders.add(offer.lenderId);
                needed -= part;
            }
            if (needed == 0) {
                break;
            }
        }
        return new Allocation(amount, amount - needed, chosen);
    }

    /** Takes the parts out of their offers; used offers go to the back of their rate level, empty ones leave. */
    public void apply(List<LoanPart> allocation) {
        for (LoanPart part : allocation) {
            Offer offer = byId.get(part.offerId());
            if (offer == null || offer.remaining < part.amount()) {
                throw new IllegalStateException("allocation no longer matches the book: " + part);
            }
        }
        for (LoanPart part : allocation) {
            Offer offer = byId.get(part.offerId());
            offer.remaining -= part.amount();
            ArrayDeque<Offer> level = levels.get(offer.rateBps);
            removeFirstOccurrence(level, offer);
            if (offer.remaining > 0) {
                level.addLast(offer);
            } else {
                byId.remove(offer.offerId);
            }
            if (level.isEmpty()) {
                levels.remove(offer.rateBps);
            }
        }
    }

    /** The offer being used is nearly always at the front of its level, so this is usually one step. */
    private static void removeFirstOccurrence(ArrayDeque<Offer> level, Offer offer) {
        if (level.peekFirst() == offer) {
            level.pollFirst();
            return;
        }
        for (Iterator<Offer> it = level.iterator(); it.hasNext(); ) {
            if (it.next() == offer) {
                it.remove();
                return;
            }
        }
    }

    /** What an offer still holds (0 if unknown or used up). */
    public long remainingOf(String offerId) {
        Offer offer = byId.get(offerId);
        return offer == null ? 0 : offer.remaining;
    }

    public long available(int maxRateBps) {
        return levels.headMap(maxRateBps, true).values().stream()
                .flatMap(ArrayDeque::stream)
                .mapToLong(o -> o.remaining)
                .sum();
    }

    public List<Offer> offersInOrder() {
        return levels.values().stream().flatMap(ArrayDeque::stream).toList();
    }

    public int size() {
        return byId.size();
    }

    /** One offer as a snapshot of the book holds it. */
    public record OfferState(
            String offerId, String lenderId, int rateBps, long originalAmount, long remaining, long placedSequence) {}

    /** Every offer in priority order, with what it still holds. */
    public List<OfferState> state() {
        return offersInOrder().stream()
                .map(o -> new OfferState(
                        o.offerId, o.lenderId, o.rateBps, o.originalAmount, o.remaining, o.placedSequence))
                .toList();
    }

    /** The sequence number the next offer placed will get. */
    public long nextSequence() {
        return sequence;
    }

    /** The book as a snapshot held it: the same offers, in the same order, holding the same money. */
    public static OrderBook restore(LoanPartPolicy parts, List<OfferState> offers, long nextSequence) {
        OrderBook book = new OrderBook(parts);
        for (OfferState o : offers) {
            Offer offer = new Offer(o.offerId(), o.lenderId(), o.rateBps(), o.originalAmount(), o.placedSequence());
            offer.remaining = o.remaining();
            book.byId.put(offer.offerId, offer);
            book.levels.computeIfAbsent(offer.rateBps, r -> new ArrayDeque<>()).addLast(offer);
        }
        book.sequence = nextSequence;
        return book;
    }

    /** Two books are the same when they hold the same offers, with the same money, in the same order. */
    @Override
    public boolean equals(Object other) {
        return other instanceof OrderBook book && snapshot().equals(book.snapshot());
    }

    @Override
    public int hashCode() {
        return snapshot().hashCode();
    }

    private List<List<Object>> snapshot() {
        return offersInOrder().stream()
                .map(o -> List.<Object>of(o.offerId, o.lenderId, o.rateBps, o.originalAmount, o.remaining))
                .toList();
    }
}
