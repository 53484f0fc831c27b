package io.peerlend.lending.provisionfund;

import io.peerlend.lending.api.events.LoanCancelled;
import io.peerlend.lending.api.events.LoanDefaulted;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.lending.api.events.LoanRepaid;
import io.peerlend.lending.api.events.LoanRepaymentReceived;
import io.peerlend.lending.api.events.LoanWithdrawn;
import io.peerlend.lending.api.events.ProvisionFundMoved;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * What the provision fund holds against what it is expected to pay: each performing loan's outstanding principal
 * times its probability of default (from the scorecard, at origination), with every default assumed a total loss —
 * the cautious assumption, recoveries being uncertain. Coverage = fund ÷ expected losses. A defaulted loan leaves the
 * sum: the fund has already paid what it could for it. Rebuildable by replay; redelivered events change nothing.
 */
@Component
@ProcessingGroup("lending-provision-cover")
class ProvisionFundCoverage {

    static final String LOANS = "provision_cover_loans";
    static final String FUNDS = "provision_cover_funds";

    record Exposure(
            @Id String id, String currency, BigDecimal pd, long outstanding, boolean performing, long version) {}

    /** What the cover needs of a performing loan (read with only these fields: a whole Exposure would not map). */
    record Exposed(BigDecimal pd, long outstanding) {}

    record Fund(@Id String id, long balance, long version) {}

    /** The figure, in minor units: {@code expectedLosses} rounded half up to the cent. */
    record Cover(String currency, long balance, long expectedLosses, long performingLoans, long outstanding) {}

    private final MongoTemplate mongo;

    ProvisionFundCoverage(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(LoanOpened e, DomainEventMessage<?> m) {
        if (mongo.findById(e.loanId(), Exposure.class, LOANS) == null) {
            mongo.save(
                    new Exposure(e.loanId(), e.currency(), e.pd(), e.principalMinor(), false, m.getSequenceNumber()),
                    LOANS);
        }
    }

    @EventHandler
    void on(LoanDisbursed e, DomainEventMessage<?> m) {
        change(e.loanId(), m, new Update().set("performing", true));
    }

    @EventHandler
    void on(LoanRepaymentReceived e, DomainEventMessage<?> m) {
        long principal =
                e.distributions().stream().mapToLong(d -> d.principalMinor()).sum();
        change(e.loanId(), m, new Update().inc("outstanding", -principal));
    }

    @EventHandler
    void on(LoanDefaulted e, DomainEventMessage<?> m) {
        change(e.loanId(), m, new Update().set("performing", false));
    }

    @EventHandler
    void on(LoanRepaid e, DomainEventMessage<?> m) {
        change(e.loanId(), m, new Update().set("performing", false).set("outstanding", 0));
    }

    @EventHandler
    void on(LoanWithdrawn e, DomainEventMessage<?> m) {
        change(e.loanId(), m, new Update().set("performing", false).set("outstanding", 0));
    }

    @EventHandler
    void on(LoanCancelled e, DomainEventMessage<?> m) {
        change(e.loanId(), m, new Update().set("performing", false).set("outstanding", 0));
    }

    @EventHandler
    void on(ProvisionFundMoved e, DomainEventMessage<?> m) {
        Fund fund = mongo.findById(e.currency(), Fund.class, FUNDS);
        if (fund == null || fund.version() < m.getSequenceNumber()) {
            mongo.save(new Fund(e.currency(), e.balanceAfterMinor(), m.getSequenceNumber()), FUNDS);
        }
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(LOANS);
        mongo.dropCollection(FUNDS);
    }

    Cover cover(String currency) {
        Query performing = Query.query(
                Criteria.where("currency").is(currency).and("performing").is(true));
        performing.fields().include("pd").include("outstanding");
        BigDecimal expected = BigDecimal.ZERO;
        long loans = 0;
        long outstanding = 0;
        for (Exposed x : mongo.find(performing, Exposed.class, LOANS)) {
            expected = expected.add(x.pd().multiply(BigDecimal.valueOf(x.outstanding())));
            outstanding += x.outstanding();
            loans++;
        }
        Fund fund = mongo.findById(currency, Fund.class, FUNDS);
        return new Cover(
                currency,
                fund == null ? 0 : fund.balance(),
                expected.setScale(0, RoundingMode.HALF_UP).longValueExact(),
                loans,
                outstanding);
    }

    private void change(String loanId, DomainEventMessage<?> m, Update update) {
        // applied only if this event is newer than the last one applied to the loan
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(loanId).and("version").lt(m.getSequenceNumber())),
                update.set("version", m.getSequenceNumber()),
                LOANS);
    }
}
