package io.peerlend.lending.accounts.domain;

import io.peerlend.lending.accounts.domain.LenderAccount.Commitment;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A lender account's money set aside: what each offer still holds, its terms and market, the loans it lent to, and the
 * commitments (offers and secondary-market purchases) of the last 12 months that a restricted investor's limit counts.
 * Part of {@link LenderAccount}'s state: changed only from its event-sourcing handlers, and in its snapshot field by
 * field as before.
 */
final class Commitments {

    /** Money set aside per offer and not yet released or lent. */
    private final Map<String, Long> held = new HashMap<>();
    /** Each offer's terms as first asked for, so a retry is recognised and a reused key refused. */
    private final Map<String, String> terms = new HashMap<>();

    private final Map<String, String> markets = new HashMap<>();
    /** What each offer or purchase committed and when, less what came back unused: the 12 months of the limit. */
    private final Map<String, Commitment> recent = new HashMap<>();
    /** "offer/loan" for each loan an offer lent to. */
    private final Set<String> lent = new HashSet<>();
    /** When each offer was used up, while its loans are still remembered. */
    private final Map<String, Instant> usedUp = new HashMap<>();

    static String terms(String marketId, long amountMinor, int rateBps) {
        return marketId + " for " + amountMinor + " at " + rateBps + " bps";
    }

    /** The terms an offer id was first used for; null for a new id. */
    String termsOf(String offerId) {
        return terms.get(offerId);
    }

    long heldFor(String offerId) {
        return held.getOrDefault(offerId, 0L);
    }

    boolean hasLent(String offerId, String loanId) {
        return lent.contains(offerId + "/" + loanId);
    }

    /** The offers still holding money, by id, with their markets. */
    Map<String, String> open() {
        Map<String, String> open = new TreeMap<>();
        held.forEach((offerId, left) -> {
            if (left > 0) {
                open.put(offerId, markets.get(offerId));
            }
        });
        return open;
    }

    /** Money committed to offers and purchases in the 365 days before {@code now} and not given back unused. */
    long usedInTheYearTo(Instant now) {
        Instant since = now.minus(Duration.ofDays(365));
        return recent.values().stream()
                .filter(k -> !k.at().isBefore(since))
                .mapToLong(k -> k.amountMinor() - k.releasedMinor())
                .sum();
    }

    void offerCommitted(String offerId, String marketId, long amountMinor, int rateBps, Instant at) {
        held.put(offerId, amountMinor);
        terms.put(offerId, terms(marketId, amountMinor, rateBps));
        forgetBefore(at);
        recent.put(offerId, new Commitment(at, amountMinor, 0));
        markets.put(offerId, marketId);
    }

    void offerReleased(String offerId, long amountMinor, Instant at) {
        returned(offerId, amountMinor);
        held.computeIfPresent(offerId, (k, v) -> v - amountMinor);
        forgetIfUsedUp(offerId, at);
    }

    void lentFromOffer(String offerId, String loanId, long amountMinor, Instant at) {
        held.computeIfPresent(offerId, (k, v) -> v - amountMinor);
        lent.add(offerId + "/" + loanId);
        forgetIfUsedUp(offerId, at);
    }

    void purchaseReserved(String purchaseId, long amountMinor, Instant at) {
        forgetBefore(at);
        recent.put(purchaseId, new Commitment(at, amountMinor, 0));
    }

    /** Money of a commitment that came back unused no longer counts against the limit. */
    void returned(String id, long amountMinor) {
        recent.computeIfPresent(id, (k, v) -> new Commitment(v.at(), v.amountMinor(), v.releasedMinor() + amountMinor));
    }

    /**
     * An offer that holds nothing more is done: its money and market are forgotten at once; the loans it lent to are
     * kept {@link LenderAccount#RETRIES_ANSWERED_FOR} more, so a retried lend is still recognised, and its terms for
     * good (the answer to a retry of its key).
     */
    private void forgetIfUsedUp(String offerId, Instant at) {
        Long left = held.get(offerId);
        if (left != null && left <= 0) {
            held.remove(offerId);
            markets.remove(offerId);
            usedUp.put(offerId, at);
        }
    }

    /**
     * What the account remembers only for a while, dropped as it makes a new commitment (its state grows with the
     * offers it makes, so that is when it is pruned): the loans of offers used up more than
     * {@link LenderAccount#RETRIES_ANSWERED_FOR} ago, and commitments older than the restricted investor's 12 months
     * (made more than 366 days before a new one, they can never count again: the clock only moves on).
     */
    private void forgetBefore(Instant now) {
        Instant keepFrom = now.minus(Duration.ofDays(366));
        recent.values().removeIf(k -> k.at().isBefore(keepFrom));
        Instant retriesFrom = now.minus(LenderAccount.RETRIES_ANSWERED_FOR);
        usedUp.entrySet().removeIf(done -> {
            if (!done.getValue().isBefore(retriesFrom)) {
                return false;
            }
            String prefix = done.getKey() + "/";
            lent.removeIf(pair -> pair.startsWith(prefix));
            return true;
        });
    }

    // the snapshot's fields (LenderAccountState), unchanged since before this state had a class of its own

    Map<String, Long> held() {
        return Map.copyOf(held);
    }

    Map<String, String> terms() {
        return Map.copyOf(terms);
    }

    Map<String, String> markets() {
        return Map.copyOf(markets);
    }

    Map<String, Commitment> recent() {
        return Map.copyOf(recent);
    }

    Set<String> lent() {
        return Set.copyOf(lent);
    }

    Map<String, Instant> usedUp() {
        return Map.copyOf(usedUp);
    }

    void restore(LenderAccountState s) {
        refill(held, s.committed());
        refill(terms, s.offers());
        refill(markets, s.markets());
        refill(recent, s.commitments());
        lent.clear();
        lent.addAll(s.lent());
        refill(usedUp, s.usedUp() == null ? Map.of() : s.usedUp());
    }

    private static <K, V> void refill(Map<K, V> into, Map<K, V> from) {
        into.clear();
        into.putAll(from);
    }
}
