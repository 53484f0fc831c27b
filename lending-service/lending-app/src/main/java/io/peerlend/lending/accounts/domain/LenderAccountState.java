package io.peerlend.lending.accounts.domain;

import io.peerlend.lending.accounts.domain.LenderAccount.Commitment;
import io.peerlend.lending.accounts.domain.LenderAccount.Payment;
import io.peerlend.lending.api.events.AutoInvestSet;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.axonframework.serialization.Revision;

/**
 * A lender account's state at a snapshot (it gains events for every offer, part lent and receipt, for years): what
 * {@link LenderAccount} decides with, restored exactly by its handler for this record. Stored like an event; a change
 * to its shape raises its revision, and older snapshots are then passed over ({@code Snapshots}). Revision 3: offers
 * used up are forgotten (their loans after 30 days) and commitments past 12 months dropped, with when each offer was
 * used up ({@code usedUp}); a revision-2 snapshot is passed over and the account replayed from its events once.
 */
@Revision("3")
public record LenderAccountState(
        String accountId,
        String lenderId,
        String currency,
        long available,
        Map<String, Payment> payments,
        Map<String, Long> committed,
        Map<String, String> offers,
        Map<String, String> markets,
        Map<String, Commitment> commitments,
        Long investmentLimit,
        String restriction,
        boolean frozen,
        Set<String> withheld,
        Set<String> payoutsStopped,
        Set<String> lent,
        AutoInvestSet autoInvest,
        Map<String, Integer> receipts,
        Trades.State trades,
        Map<String, Instant> usedUp) {}
