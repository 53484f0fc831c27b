package io.peerlend.lending.ledger;

import io.peerlend.lending.api.events.DefaultCovered;
import io.peerlend.lending.api.events.LenderFundsDeposited;
import io.peerlend.lending.api.events.LenderFundsLent;
import io.peerlend.lending.api.events.LenderFundsWithdrawn;
import io.peerlend.lending.api.events.LoanCancelled;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanFeesEarned;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.lending.api.events.LoanPartBought;
import io.peerlend.lending.api.events.LoanPartSold;
import io.peerlend.lending.api.events.LoanPartTransferred;
import io.peerlend.lending.api.events.LoanRepaymentReceived;
import io.peerlend.lending.api.events.LoanWithdrawn;
import io.peerlend.lending.api.events.WithdrawalFailed;
import io.peerlend.lending.api.events.WithdrawalRequested;
import io.peerlend.lending.ledger.domain.JournalEntry;
import io.peerlend.lending.ledger.domain.Postings;
import io.peerlend.platform.readside.BatchedSaves;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The double-entry journal, in MongoDB: one entry per money event, keyed by the event's id (so a redelivery writes
 * the same entry again) and rebuildable by replay. Balances are summed from the entries, never kept separately. A
 * batch's entries are written together as it commits ({@link BatchedSaves}): nothing here reads an entry back within
 * a batch, and one loan part's entry had been a round trip of its own.
 */
@Component
@ProcessingGroup("lending-money")
public class LedgerProjection {

    static final String COLLECTION = "ledger_entries";
    private final MongoTemplate mongo;
    private final BatchedSaves entries;

    LedgerProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        this.entries = new BatchedSaves(mongo);
    }

    @EventHandler
    void on(LenderFundsDeposited event, EventMessage<?> message) {
        post(event, message);
    }

    @EventHandler
    void on(WithdrawalRequested event, EventMessage<?> message) {
        post(event, message);
    }

    @EventHandler
    void on(LenderFundsWithdrawn event, EventMessage<?> message) {
        post(event, message);
    }

    @EventHandler
    void on(LenderFundsLent event, EventMessage<?> message) {
        post(event, message);
    }

    @EventHandler
    void on(LoanPartBought event, EventMessage<?> message) {
        post(event, message);
    }

    @EventHandler
    void on(LoanPartSold event, EventMessage<?> message) {
        post(event, message);
    }

    @EventHandler
    void on(LoanPartTransferred event, EventMessage<?> message) {
        post(event, message);
    }

    @EventHandler
    void on(WithdrawalFailed event, EventMessage<?> message) {
        post(event, message);
    }

    @EventHandler
    void on(LoanOpened event, EventMessage<?> message) {
        post(event, message);
    }

    @EventHandler
    void on(LoanDisbursed event, EventMessage<?> message) {
        post(event, message);
    }

    @EventHandler
    void on(LoanCancelled event, EventMessage<?> message) {
        post(event, message);
    }

    @EventHandler
    void on(LoanFeesEarned event, EventMessage<?> message) {
        post(event, message);
    }

    @EventHandler
    void on(LoanRepaymentReceived event, EventMessage<?> message) {
        post(event, message);
    }

    @EventHandler
    void on(DefaultCovered event, EventMessage<?> message) {
        post(event, message);
    }

    @EventHandler
    void on(LoanWithdrawn event, EventMessage<?> message) {
        post(event, message);
    }

    /** Only the events that move money are handled here, so the processor skips every other event unread. */
    private void post(Object event, EventMessage<?> message) {
        Postings.of(message.getIdentifier(), event).ifPresent(entry -> entries.save(entry, COLLECTION));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    public List<JournalEntry> entries() {
        return mongo.findAll(JournalEntry.class, COLLECTION);
    }

    /** Balance per account, debit minus credit (liabilities are negative), over entries already read. */
    public static Map<String, Long> balances(List<JournalEntry> entries) {
        Map<String, Long> balances = new TreeMap<>();
        for (JournalEntry entry : entries) {
            for (JournalEntry.Line line : entry.lines()) {
                balances.merge(line.account(), line.debit() - line.credit(), Long::sum);
            }
        }
        return balances;
    }
}
