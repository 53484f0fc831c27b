package io.peerlend.lending.portfolio;

import io.peerlend.lending.api.LenderFundsReceived;
import io.peerlend.lending.api.LoanArrearsChanged;
import io.peerlend.lending.api.LoanCancelled;
import io.peerlend.lending.api.LoanDefaulted;
import io.peerlend.lending.api.LoanDisbursed;
import io.peerlend.lending.api.LoanOpened;
import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.LoanRepaid;
import io.peerlend.lending.api.LoanWithdrawn;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Lenders' loan parts in MongoDB, one document per lender and loan. Receipts are applied once each (the last receipt
 * number is kept); status changes are plain assignments, so a redelivered event changes nothing. Rebuildable by replay.
 */
@Component
@ProcessingGroup("lending-portfolio")
class PortfolioReadModel {

    static final String COLLECTION = "portfolio_parts";

    @Document(COLLECTION)
    record Holding(@Id String id, @Indexed String lenderId, @Indexed String loanId, String currency, String grade,
                   int termMonths, BigDecimal ratePercent, BigDecimal pd, long lent, long principalRepaid,
                   long interestReceived, long recovered, String status, String arrears, int lastReceipt) {

        long outstanding() {
            return "REPAID".equals(status) || "WITHDRAWN".equals(status) || "CANCELLED".equals(status)
                    ? 0 : lent - principalRepaid;
        }
    }

    private final MongoTemplate mongo;

    PortfolioReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(LoanOpened e) {
        for (LoanPartShare part : e.parts()) {
            String id = part.lenderId() + "/" + e.loanId();
            if (!mongo.exists(Query.query(Criteria.where("_id").is(id)), COLLECTION)) {
                mongo.save(new Holding(id, part.lenderId(), e.loanId(), e.currency(), e.grade(), e.termMonths(),
                        e.ratePercent(), e.pd(), part.amountMinor(), 0, 0, 0, "AWAITING_DISBURSEMENT", "CURRENT", 0),
                        COLLECTION);
            }
        }
    }

    @EventHandler
    void on(LenderFundsReceived e) {
        Query query = Query.query(Criteria.where("_id").is(e.lenderId() + "/" + e.loanId())
                .and("lastReceipt").lt(e.receiptNo()));
        Update update = new Update().inc("principalRepaid", e.principalMinor()).inc("interestReceived",
                e.interestMinor()).set("lastReceipt", e.receiptNo());
        if ("RECOVERY".equals(e.kind()) || "PROVISION_FUND".equals(e.kind())) {
            update.inc("recovered", e.principalMinor() + e.interestMinor());
        }
        mongo.updateFirst(query, update, COLLECTION);
    }

    @EventHandler
    void on(LoanDisbursed e) {
        status(e.loanId(), "ACTIVE");
    }

    @EventHandler
    void on(LoanArrearsChanged e) {
        mongo.updateMulti(Query.query(Criteria.where("loanId").is(e.loanId())), Update.update("arrears", e.bucket()),
                COLLECTION);
    }

    @EventHandler
    void on(LoanDefaulted e) {
        status(e.loanId(), "DEFAULTED");
    }

    @EventHandler
    void on(LoanRepaid e) {
        status(e.loanId(), "REPAID");
    }

    @EventHandler
    void on(LoanWithdrawn e) {
        status(e.loanId(), "WITHDRAWN");
    }

    @EventHandler
    void on(LoanCancelled e) {
        status(e.loanId(), "CANCELLED");
    }

    private void status(String loanId, String status) {
        mongo.updateMulti(Query.query(Criteria.where("loanId").is(loanId)), Update.update("status", status),
                COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    List<Holding> of(String lenderId) {
        return mongo.find(Query.query(Criteria.where("lenderId").is(lenderId)), Holding.class, COLLECTION);
    }
}
