package io.peerlend.lending.pricing;

import io.peerlend.lending.api.LossGivenDefault;
import io.peerlend.lending.api.events.LoanDefaulted;
import io.peerlend.lending.api.events.LoanRepaymentReceived;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Loans in default, what each owed at default and what has been recovered since: the platform's own measure of the
 * loss given default. One small document per defaulted loan; a recovery is added once (the last receipt number is
 * kept), so redelivered events change nothing. Rebuildable by replay.
 */
@Component
@ProcessingGroup("lending-pricing")
class DefaultedLoans {

    static final String COLLECTION = "pricing_defaulted_loans";

    record Defaulted(
            @Id String id,
            LocalDate defaultedOn,
            long outstandingAtDefaultMinor,
            long recoveredMinor,
            int lastReceipt) {}

    private final MongoTemplate mongo;

    DefaultedLoans(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(LoanDefaulted e) {
        mongo.upsert(
                Query.query(Criteria.where("_id").is(e.loanId())),
                new Update()
                        .setOnInsert("defaultedOn", e.defaultedOn())
                        .setOnInsert("outstandingAtDefaultMinor", e.outstandingPrincipalMinor())
                        .setOnInsert("recoveredMinor", 0L)
                        .setOnInsert("lastReceipt", 0),
                Defaulted.class,
                COLLECTION);
    }

    @EventHandler
    void on(LoanRepaymentReceived e) {
        if (!"RECOVERY".equals(e.kind())) {
            return;
        }
        mongo.updateFirst(
                Query.query(
                        Criteria.where("_id").is(e.loanId()).and("lastReceipt").lt(e.receiptNo())),
                new Update().inc("recoveredMinor", e.amountMinor()).set("lastReceipt", e.receiptNo()),
                COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    /** The measured loss given default on {@code asOf}, or the assumption while too few defaults have seasoned. */
    LossGivenDefault lossGivenDefault(LocalDate asOf, BigDecimal assumed) {
        LossGivenDefault.Measure measure = new LossGivenDefault.Measure(asOf);
        Query seasoned =
                Query.query(Criteria.where("defaultedOn").lte(asOf.minusMonths(LossGivenDefault.SEASONING_MONTHS)));
        for (Defaulted d : mongo.find(seasoned, Defaulted.class, COLLECTION)) {
            measure.add(d.defaultedOn(), d.outstandingAtDefaultMinor(), d.recoveredMinor());
        }
        return measure.orAssumed(assumed);
    }
}
