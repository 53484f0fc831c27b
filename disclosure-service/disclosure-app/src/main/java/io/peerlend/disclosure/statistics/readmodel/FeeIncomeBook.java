package io.peerlend.disclosure.statistics.readmodel;

import io.peerlend.lending.api.events.LateFeeCharged;
import io.peerlend.lending.api.events.LoanFeesEarned;
import io.peerlend.lending.api.events.LoanRepaymentReceived;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * The platform's fee income, projected from lending's events: one row per fee earned, under an id that names what
 * earned it (a loan's origination fee, one receipt's servicing fee, one instalment's late fee), so a redelivered
 * event counts once and the collection can be rebuilt by replay.
 */
@Component
@ProcessingGroup("disclosure-fee-income")
public class FeeIncomeBook {

    static final String COLLECTION = "fee_income";

    public enum Kind {
        ORIGINATION,
        PROVISION_FUND,
        SERVICING,
        LATE
    }

    @Document(COLLECTION)
    record Fee(@Id String id, Kind kind, long amountMinor) {}

    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private record Totals(Map<Kind, Long> byKind, Instant at, long version) {}

    private final MongoTemplate mongo;
    private volatile Totals cached;
    /** Counts the fees handled here: a sum taken while one was being saved is never kept. */
    private final AtomicLong version = new AtomicLong();

    FeeIncomeBook(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(LoanFeesEarned e) {
        mongo.save(new Fee("origination:" + e.loanId(), Kind.ORIGINATION, e.platformFeeMinor()), COLLECTION);
        mongo.save(new Fee("provision:" + e.loanId(), Kind.PROVISION_FUND, e.provisionFeeMinor()), COLLECTION);
        changed();
    }

    @EventHandler
    void on(LoanRepaymentReceived e) {
        if (e.servicingFeeMinor() > 0) {
            mongo.save(
                    new Fee("servicing:" + e.loanId() + ":" + e.receiptNo(), Kind.SERVICING, e.servicingFeeMinor()),
                    COLLECTION);
        }
        changed();
    }

    @EventHandler
    void on(LateFeeCharged e) {
        mongo.save(new Fee("late:" + e.loanId() + ":" + e.instalment(), Kind.LATE, e.feeMinor()), COLLECTION);
        changed();
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
        changed();
    }

    /**
     * Each kind's total in minor units. The public summary asks on every request, so the sums are kept until this
     * instance handles another fee, or for at most {@link #FRESH_FOR} (another instance may be handling them).
     */
    public Map<Kind, Long> totals() {
        Totals current = cached;
        Instant now = Instant.now();
        long seen = version.get();
        if (current == null
                || current.version() != seen
                || current.at().plus(FRESH_FOR).isBefore(now)) {
            current = new Totals(sum(), now, seen);
            cached = current;
        }
        return current.byKind();
    }

    private void changed() {
        version.incrementAndGet();
    }

    private Map<Kind, Long> sum() {
        Map<Kind, Long> totals = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            totals.put(kind, 0L);
        }
        mongo.findAll(Fee.class, COLLECTION).forEach(f -> totals.merge(f.kind(), f.amountMinor(), Long::sum));
        return Map.copyOf(totals);
    }
}
