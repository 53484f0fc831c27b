package io.peerlend.lending.accounts;

import io.peerlend.lending.api.events.DepositFailed;
import io.peerlend.lending.api.events.DepositRequested;
import io.peerlend.lending.api.events.FundsCommittedToOffer;
import io.peerlend.lending.api.events.LenderFundsDeposited;
import io.peerlend.lending.api.events.LenderFundsLent;
import io.peerlend.lending.api.events.LenderFundsReceived;
import io.peerlend.lending.api.events.LenderFundsWithdrawn;
import io.peerlend.lending.api.events.OfferFundsReleased;
import io.peerlend.lending.api.events.WithdrawalFailed;
import io.peerlend.lending.api.events.WithdrawalRequested;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * Lender accounts and their statements, in MongoDB. A movement is applied once (its reference is remembered), so
 * redelivered events change nothing; rebuildable by replay.
 */
@Component
@ProcessingGroup("lending-money")
public class LenderAccountReadModel {

    static final String COLLECTION = "lender_accounts";

    /** @param rateBps on a LENT line, the rate the lender earns on that part (null otherwise) */
    public record Line(
            Instant at, String type, String reference, long amountMinor, long balanceMinor, Integer rateBps) {}

    @Document(COLLECTION)
    public record Account(
            @Id String id,
            String currency,
            long available,
            long committed,
            long pendingDeposits,
            long withdrawalsInTransit,
            List<String> applied,
            List<Line> statement) {

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
                    statement);
        }
    }

    private final MongoTemplate mongo;

    LenderAccountReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
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
            Account after = a.moved(e.principalMinor(), 0, 0, 0);
            after = e.principalMinor() == 0
                    ? after
                    : line(after, e.receivedAt(), "PRINCIPAL_" + e.kind(), e.loanId(), e.principalMinor());
            after = after.moved(e.interestMinor(), 0, 0, 0);
            return e.interestMinor() == 0
                    ? after
                    : line(after, e.receivedAt(), "INTEREST_" + e.kind(), e.loanId(), e.interestMinor());
        });
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    public Optional<Account> find(String lenderId) {
        return Optional.ofNullable(mongo.findById(lenderId, Account.class, COLLECTION));
    }

    public List<Account> all() {
        return mongo.findAll(Account.class, COLLECTION);
    }

    private static Account line(Account a, Instant at, String type, String reference, long amount) {
        return line(a, at, type, reference, amount, null);
    }

    private static Account line(Account a, Instant at, String type, String reference, long amount, Integer rateBps) {
        List<Line> statement = new ArrayList<>(a.statement());
        statement.add(new Line(at, type, reference, amount, a.balance(), rateBps));
        return new Account(
                a.id(),
                a.currency(),
                a.available(),
                a.committed(),
                a.pendingDeposits(),
                a.withdrawalsInTransit(),
                a.applied(),
                statement);
    }

    private void change(String lenderId, String currency, String key, UnaryOperator<Account> change) {
        Account account = find(lenderId).orElse(new Account(lenderId, currency, 0, 0, 0, 0, List.of(), List.of()));
        if (account.applied().contains(key)) {
            return;
        }
        Account changed = change.apply(account);
        List<String> applied = new ArrayList<>(changed.applied());
        applied.add(key);
        mongo.save(
                new Account(
                        changed.id(),
                        changed.currency(),
                        changed.available(),
                        changed.committed(),
                        changed.pendingDeposits(),
                        changed.withdrawalsInTransit(),
                        applied,
                        changed.statement()),
                COLLECTION);
    }
}
