package io.peerlend.lending.accounts.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A lender's secondary-market trades: each purchase's reservation as first asked for (so a retry is recognised and a
 * reused key refused), the purchases settled, and the listings whose proceeds were credited. Only the account's
 * event-sourcing handlers change it.
 */
public final class Trades {

    /** A purchase's reservation: the listing it is for and the money set aside. */
    public record Reservation(String listingId, long amountMinor) {}

    /** What a snapshot keeps. */
    public record State(Map<String, Reservation> reservations, Set<String> settled, Set<String> sold) {}

    private final Map<String, Reservation> reservations = new HashMap<>();
    private final Set<String> settled = new HashSet<>();
    private final Set<String> sold = new HashSet<>();

    Reservation reservation(String purchaseId) {
        return reservations.get(purchaseId);
    }

    boolean settled(String purchaseId) {
        return settled.contains(purchaseId);
    }

    boolean sold(String listingId) {
        return sold.contains(listingId);
    }

    void reserved(String purchaseId, String listingId, long amount) {
        reservations.put(purchaseId, new Reservation(listingId, amount));
    }

    void settle(String purchaseId) {
        settled.add(purchaseId);
    }

    void sell(String listingId) {
        sold.add(listingId);
    }

    State state() {
        return new State(Map.copyOf(reservations), Set.copyOf(settled), Set.copyOf(sold));
    }

    void restore(State s) {
        reservations.clear();
        settled.clear();
        sold.clear();
        if (s != null) {
            reservations.putAll(s.reservations());
            settled.addAll(s.settled());
            sold.addAll(s.sold());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Trades t
                && t.reservations.equals(reservations)
                && t.settled.equals(settled)
                && t.sold.equals(sold);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reservations, settled, sold);
    }
}
