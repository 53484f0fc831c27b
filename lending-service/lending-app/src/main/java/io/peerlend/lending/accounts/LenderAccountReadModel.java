package io.peerlend.lending.accounts;

import io.peerlend.lending.api.events.DepositFailed;
import io.peerlend.lending.api.events.DepositRequested;
import io.peerlend.lending.api.events.FundsCommittedToOffer;
import io.peerlend.lending.api.events.LenderFundsDeposited;
import io.peerlend.lending.api.events.LenderFundsLent;
import io.peerlend.lending.api.events.LenderFundsReceived;
import io.peerlend.lending.api.events.LenderFundsWithdrawn;
import io.peerlend.lending.api.events.LoanPartBought;
import io.peerlend.lending.api.events.LoanPartPurchaseReleased;
import io.peerlend.lending.api.events.LoanPartPurchaseReserved;
import io.peerlend.lending.api.events.LoanPartSold;
import io.peerlend.lending.api.events.OfferFundsReleased;
import io.peerlend.lending.api.events.WithdrawalFailed;
import io.peerlend.lending.api.events.WithdrawalRequested;
import io.peerlend.platform.readside.BatchedSaves;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.stereotype.Component;

/**
 * Lender accounts and their statements, in MongoDB; rebuildable by replay. An account's document holds its amounts, the
 * number of its statement lines (each line its own document: {@link StatementLines}) and the keys of its most recent
 * {@link #REMEMBERED} movements, so it stays small however long the lender stays. A movement is applied once: a
 * redelivered event (a batch of at most 100 events retried after a failure, in this processing group's order) finds
 * its key among the remembered ones and changes nothing. A line is written before the account that counts it, under
 * its number: if the account's save is lost, the retry writes the same line again in its place. Accounts stored by
 * the earlier form (every key and line inside the account's document) are read as they are, and moved to this form
 * at their next movement.
 *
 * <p>A processor's batch is written as it commits ({@link BatchedSaves}): its lines in one bulk write, then its
 * accounts in another, instead of a line and an account written per movement; the batch's own movements read the
 * accounts as it left them.
 */
@Component
@ProcessingGroup("lending-money")
public class LenderAccountReadModel {

    static final String COLLECTION = "lender_accounts";
    /**
     * Movement keys kept per account: two and a half times the largest batch a processor can be given again (100). Not
     * more: the whole list is rewritten with every movement, and at 1,000 keys (90 KB) a lender's long history made
     * each loan part it took cost ten times more on the read side (docs/benchmarks.md, "Where a request's time goes").
     */
    static final int REMEMBERED = 250;

    /** @param rateBps on a LENT line, the rate the lender earns on that part (null otherwise) */
    public record Line(
            Instant at, String type, String reference, long amountMinor, long balanceMinor, Integer rateBps) {}

    /**
     * @param applied the most recent movements' keys, oldest first
     * @param lines how many statement lines the account has ({@link StatementLines}); null on an account of the earlier
     *     form, whose lines are {@code embedded}
     * @param embedded the statement lines of an account of the earlier form (empty once moved to this form)
     */
    @Document(COLLECTION)
    public record Account(
            @Id String id,
            String currency,
            long available,
            long committed,
            long pendingDeposits,
            long withdrawalsInTransit,
            List<String> applied,
            Long lines,
            @Field("statement") List<Line> embedded) {

        /** The lender's money on the platform: available plus set aside for offers. */
        public long balance() {
            return available + committed;
        }

        /** The same account with its four amounts moved by the given deltas. */
        Account moved(long availableDelta, long committedDelta, long pendingDelta, long inTransitDelta) {
            return new Account(
                    id,
                    currency,
                    available + availableDelta,
                    committed + committedDelta,
                    pendingDeposits + pendingDelta,
                    withdrawalsInTransit + inTransitDelta,
                    applied,
                    lines,
                    embedded);
        }

        public static Account opened(String id, String currency) {
            return new Account(id, currency, 0, 0, 0, 0, List.of(), 0L, List.of());
        }
    }

    /** An account and the statement lines a movement adds to it. */
    private record Changed(Account account, List<Line> newLines) {

        Changed moved(long availableDelta, long committedDelta, long pendingDelta, long inTransitDelta) {
            return new Changed(account.moved(availableDelta, committedDelta, pendingDelta, inTransitDelta), newLines);
        }
    }

    private final MongoTemplate mongo;
    private final StatementLines statements;
    /** Lines before the accounts that count them. */
    private final BatchedSaves batch;
    // marks a batch whose accounts this instance has preloaded
    private final String preloadedKey = LenderAccountReadModel.class.getName() + "@" + UUID.randomUUID();

    LenderAccountReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
        this.statements = new StatementLines(mongo);
        this.batch = new BatchedSaves(mongo, List.of(StatementLines.COLLECTION, COLLECTION));
    }

    @EventHandler
    void on(DepositRequested e) {
        change(e.lenderId(), e.currency(), "requested:" + e.depositId(), a -> a.moved(0, 0, e.amountMinor(), 0));
    }

    @EventHandler
    void on(LenderFundsDeposited e) {
        change(
                e.lenderId(),
                e.currency(),
                "settled:" + e.paymentId(),
                a -> line(
                        a.moved(e.amountMinor(), 0, -e.amountMinor(), 0),
                        e.depositedAt(),
                        "DEPOSIT",
                        e.paymentId(),
                        e.amountMinor()));
    }

    @EventHandler
    void on(DepositFailed e) {
        change(e.lenderId(), e.currency(), "failed:" + e.depositId(), a -> a.moved(0, 0, -e.amountMinor(), 0));
    }

    @EventHandler
    void on(WithdrawalRequested e) {
        change(
                e.lenderId(),
                e.currency(),
                "requested:" + e.withdrawalId(),
                a -> line(
                        a.moved(-e.amountMinor(), 0, 0, e.amountMinor()),
                        e.requestedAt(),
                        "WITHDRAWAL",
                        e.withdrawalId(),
                        -e.amountMinor()));
    }

    @EventHandler
    void on(LenderFundsWithdrawn e) {
        change(e.lenderId(), e.currency(), "settled:" + e.paymentId(), a -> a.moved(0, 0, 0, -e.amountMinor()));
    }

    @EventHandler
    void on(WithdrawalFailed e) {
        change(
                e.lenderId(),
                e.currency(),
                "failed:" + e.withdrawalId(),
                a -> line(
                        a.moved(e.amountMinor(), 0, 0, -e.amountMinor()),
                        e.failedAt(),
                        "WITHDRAWAL_RETURNED",
                        e.withdrawalId(),
                        e.amountMinor()));
    }

    @EventHandler
    void on(FundsCommittedToOffer e) {
        change(
                e.lenderId(),
                e.currency(),
                "committed:" + e.offerId(),
                a -> a.moved(-e.amountMinor(), e.amountMinor(), 0, 0));
    }

    @EventHandler
    void on(OfferFundsReleased e, EventMessage<?> message) {
        change(
                e.lenderId(),
                e.currency(),
                "released:" + message.getIdentifier(),
                a -> a.moved(e.amountMinor(), -e.amountMinor(), 0, 0));
    }

    @EventHandler
    void on(LenderFundsLent e) {
        change(
                e.lenderId(),
                e.currency(),
                "lent:" + e.offerId() + "/" + e.loanId(),
                a -> line(
                        a.moved(0, -e.amountMinor(), 0, 0),
                        e.lentAt(),
                        "LENT",
                        e.loanId(),
                        -e.amountMinor(),
                        e.rateBps()));
    }

    @EventHandler
    void on(LenderFundsReceived e) {
        change(e.lenderId(), e.currency(), "received:" + e.loanId() + "/" + e.receiptNo(), a -> {
            Changed after = a.moved(e.principalMinor(), 0, 0, 0);
            after = e.principalMinor() == 0
                    ? after
                    : line(after, e.receivedAt(), "PRINCIPAL_" + e.kind(), e.loanId(), e.principalMinor());
            after = after.moved(e.interestMinor(), 0, 0, 0);
            return e.interestMinor() == 0
                    ? after
                    : line(after, e.receivedAt(), "INTEREST_" + e.kind(), e.loanId(), e.interestMinor());
        });
    }

    /** A secondary-market purchase's money, set aside like an offer's (committed) until the sale settles. */
    @EventHandler
    void on(LoanPartPurchaseReserved e) {
        change(
                e.lenderId(),
                e.currency(),
                "reserved:" + e.purchaseId(),
                a -> a.moved(-e.amountMinor(), e.amountMinor(), 0, 0));
    }

    @EventHandler
    void on(LoanPartPurchaseReleased e, EventMessage<?> message) {
        change(
                e.lenderId(),
                e.currency(),
                "unreserved:" + message.getIdentifier(),
                a -> a.moved(e.amountMinor(), -e.amountMinor(), 0, 0));
    }

    @EventHandler
    void on(LoanPartBought e) {
        change(
                e.lenderId(),
                e.currency(),
                "bought:" + e.purchaseId(),
                a -> line(a.moved(0, -e.priceMinor(), 0, 0), e.boughtAt(), "PART_BOUGHT", e.loanId(), -e.priceMinor()));
    }

    @EventHandler
    void on(LoanPartSold e) {
        change(e.lenderId(), e.currency(), "sold:" + e.listingId(), a -> {
            Changed after = line(a.moved(e.priceMinor(), 0, 0, 0), e.soldAt(), "PART_SOLD", e.loanId(), e.priceMinor());
            return e.feeMinor() == 0
                    ? after
                    : line(after.moved(-e.feeMinor(), 0, 0, 0), e.soldAt(), "SALE_FEE", e.loanId(), -e.feeMinor());
        });
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
        statements.drop();
    }

    public Optional<Account> find(String lenderId) {
        return Optional.ofNullable(mongo.findById(lenderId, Account.class, COLLECTION));
    }

    public List<Account> all() {
        return mongo.findAll(Account.class, COLLECTION);
    }

    /** How many lines the account's statement has. */
    public long statementLength(Account account) {
        return (account.embedded() == null ? 0 : account.embedded().size())
                + (account.lines() == null ? 0 : account.lines());
    }

    /**
     * Lines {@code from} to {@code to} of the account's statement (numbered from 1, oldest first). An account of the
     * earlier form, its lines inside its own document, is read whole and cut.
     */
    public List<Line> statement(Account account, long from, long to) {
        if (account.embedded() != null && !account.embedded().isEmpty()) {
            List<Line> all = statement(account);
            return all.subList((int) Math.min(from - 1, all.size()), (int) Math.min(to, all.size()));
        }
        return account.lines() == null || from > to ? List.of() : statements.read(account.id(), from, to);
    }

    /** The account's statement, oldest line first. */
    public List<Line> statement(Account account) {
        List<Line> lines = new ArrayList<>(account.embedded() == null ? List.of() : account.embedded());
        if (account.lines() != null) {
            lines.addAll(statements.read(account.id(), account.lines()));
        }
        return lines;
    }

    /**
     * Once per processor batch: the accounts its events move, read in one query instead of one read per event (a
     * batch of parts lent touches as many accounts as it holds events). Only the movements that come in numbers are
     * looked at; an account the batch did not preload is read when it moves.
     */
    private void preloadBatch() {
        if (!CurrentUnitOfWork.isStarted()
                || !(CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> batched)
                || batched.getResource(preloadedKey) != null) {
            return;
        }
        batched.resources().put(preloadedKey, Boolean.TRUE);
        Set<String> lenders = new LinkedHashSet<>();
        for (Message<?> m : batched.getMessages()) {
            Object payload = m.getPayload();
            if (payload instanceof LenderFundsLent e) {
                lenders.add(e.lenderId());
            } else if (payload instanceof LenderFundsReceived e) {
                lenders.add(e.lenderId());
            } else if (payload instanceof FundsCommittedToOffer e) {
                lenders.add(e.lenderId());
            } else if (payload instanceof OfferFundsReleased e) {
                lenders.add(e.lenderId());
            }
        }
        if (lenders.size() > 1) {
            batch.preload(lenders, COLLECTION);
        }
    }

    private static Changed line(Changed c, Instant at, String type, String reference, long amount) {
        return line(c, at, type, reference, amount, null);
    }

    private static Changed line(Changed c, Instant at, String type, String reference, long amount, Integer rateBps) {
        List<Line> added = new ArrayList<>(c.newLines());
        added.add(new Line(at, type, reference, amount, c.account().balance(), rateBps));
        return new Changed(c.account(), added);
    }

    private void change(String lenderId, String currency, String key, UnaryOperator<Changed> change) {
        preloadBatch();
        Account account = Optional.ofNullable(batch.findById(lenderId, Account.class, COLLECTION))
                .orElse(Account.opened(lenderId, currency));
        if (account.applied().contains(key)) {
            return;
        }
        Changed changed = change.apply(new Changed(account, List.of()));
        Account after = changed.account();
        // an account of the earlier form moves its lines out first, numbered from 1
        List<Line> toWrite = new ArrayList<>();
        long first = after.lines() == null ? 1 : after.lines() + 1;
        if (after.lines() == null && after.embedded() != null) {
            toWrite.addAll(after.embedded());
        }
        toWrite.addAll(changed.newLines());
        statements.write(batch, lenderId, first, toWrite);
        List<String> applied = new ArrayList<>(after.applied());
        applied.add(key);
        batch.save(
                new Account(
                        after.id(),
                        after.currency(),
                        after.available(),
                        after.committed(),
                        after.pendingDeposits(),
                        after.withdrawalsInTransit(),
                        List.copyOf(applied.subList(Math.max(0, applied.size() - REMEMBERED), applied.size())),
                        first - 1 + toWrite.size(),
                        List.of()),
                COLLECTION);
    }
}
