package io.peerlend.lending.portfolio;

import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.events.LenderFundsReceived;
import io.peerlend.lending.api.events.LoanArrearsChanged;
import io.peerlend.lending.api.events.LoanCancelled;
import io.peerlend.lending.api.events.LoanDefaulted;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.lending.api.events.LoanPartTransferred;
import io.peerlend.lending.api.events.LoanRepaid;
import io.peerlend.lending.api.events.LoanWithdrawn;
import io.peerlend.platform.readside.KeyIndex;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
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
public class PortfolioReadModel {

    static final String COLLECTION = "portfolio_parts";

    @Document(COLLECTION)
    record Holding(
            @Id String id,
            String lenderId,
            String loanId,
            String currency,
            String grade,
            int termMonths,
            BigDecimal ratePercent,
            BigDecimal pd,
            long lent,
            long principalRepaid,
            long interestReceived,
            long recovered,
            String status,
            String arrears,
            int lastReceipt,
            Long soldPrincipal,
            List<String> transfers) {

        long outstanding() {
            return "REPAID".equals(status) || "WITHDRAWN".equals(status) || "CANCELLED".equals(status)
                    ? 0
                    : lent - principalRepaid - sold();
        }

        /** Principal sold on the secondary market (none in holdings from before it). */
        long sold() {
            return soldPrincipal == null ? 0 : soldPrincipal;
        }

        /** SOLD once everything outstanding was sold; otherwise the loan's status. */
        String shownStatus() {
            return sold() > 0 && lent - principalRepaid - sold() <= 0 ? "SOLD" : status;
        }
    }

    private final MongoTemplate mongo;
    private final KeyIndex partsOfLender;
    private final KeyIndex partsOfLoan;

    PortfolioReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
        this.partsOfLender = new KeyIndex(mongo, "portfolio_parts_by_lender");
        this.partsOfLoan = new KeyIndex(mongo, "portfolio_parts_by_loan");
    }

    @EventHandler
    void on(LoanOpened e) {
        // one round trip for all the loan's parts; an upsert that only sets fields on insert leaves a part that a
        // redelivered event finds already there (and perhaps already repaid) as it is
        BulkOperations parts = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Holding.class, COLLECTION);
        for (LoanPartShare part : e.parts()) {
            parts.upsert(
                    Query.query(Criteria.where("_id").is(partId(part.lenderId(), e.loanId()))),
                    new Update()
                            .setOnInsert("lenderId", part.lenderId())
                            .setOnInsert("loanId", e.loanId())
                            .setOnInsert("currency", e.currency())
                            .setOnInsert("grade", e.grade())
                            .setOnInsert("termMonths", e.termMonths())
                            .setOnInsert(
                                    "ratePercent",
                                    part.rateBps() == null ? e.ratePercent() : BigDecimal.valueOf(part.rateBps(), 2))
                            .setOnInsert("pd", e.pd())
                            .setOnInsert("lent", part.amountMinor())
                            .setOnInsert("principalRepaid", 0L)
                            .setOnInsert("interestReceived", 0L)
                            .setOnInsert("recovered", 0L)
                            .setOnInsert("status", "AWAITING_DISBURSEMENT")
                            .setOnInsert("arrears", "CURRENT")
                            .setOnInsert("lastReceipt", 0));
        }
        if (!e.parts().isEmpty()) {
            parts.execute();
            Map<String, List<String>> byLender = new HashMap<>();
            for (LoanPartShare part : e.parts()) {
                byLender.computeIfAbsent(part.lenderId(), l -> new ArrayList<>())
                        .add(partId(part.lenderId(), e.loanId()));
            }
            partsOfLender.addAll(byLender);
            partsOfLoan.addAll(Map.of(
                    e.loanId(), byLender.values().stream().flatMap(List::stream).toList()));
        }
    }

    private static String partId(String lenderId, String loanId) {
        return lenderId + "/" + loanId;
    }

    @EventHandler
    void on(LenderFundsReceived e) {
        Query query = Query.query(Criteria.where("_id")
                .is(e.lenderId() + "/" + e.loanId())
                .and("lastReceipt")
                .lt(e.receiptNo()));
        Update update = new Update()
                .inc("principalRepaid", e.principalMinor())
                .inc("interestReceived", e.interestMinor())
                .set("lastReceipt", e.receiptNo());
        if ("RECOVERY".equals(e.kind()) || "PROVISION_FUND".equals(e.kind())) {
            update.inc("recovered", e.principalMinor() + e.interestMinor());
        }
        mongo.updateFirst(query, update, COLLECTION);
    }

    /**
     * A secondary-market sale: the seller's holding has that principal sold, the buyer's holding (opened with the
     * loan's facts if new) has it lent; each side applied once per listing.
     */
    @EventHandler
    void on(LoanPartTransferred e) {
        Holding seller = mongo.findById(partId(e.sellerId(), e.loanId()), Holding.class, COLLECTION);
        if (seller == null) {
            return;
        }
        mongo.updateFirst(
                Query.query(
                        Criteria.where("_id").is(seller.id()).and("transfers").ne(e.listingId())),
                new Update().inc("soldPrincipal", e.principalMinor()).push("transfers", e.listingId()),
                COLLECTION);
        String buyerPart = partId(e.buyerId(), e.loanId());
        mongo.upsert(
                Query.query(Criteria.where("_id").is(buyerPart)),
                new Update()
                        .setOnInsert("lenderId", e.buyerId())
                        .setOnInsert("loanId", e.loanId())
                        .setOnInsert("currency", e.currency())
                        .setOnInsert("grade", seller.grade())
                        .setOnInsert("termMonths", seller.termMonths())
                        .setOnInsert("ratePercent", seller.ratePercent())
                        .setOnInsert("pd", seller.pd())
                        .setOnInsert("lent", 0L)
                        .setOnInsert("principalRepaid", 0L)
                        .setOnInsert("interestReceived", 0L)
                        .setOnInsert("recovered", 0L)
                        .setOnInsert("status", seller.status())
                        .setOnInsert("arrears", seller.arrears())
                        .setOnInsert("lastReceipt", 0)
                        .setOnInsert("transfers", List.of()),
                COLLECTION);
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(buyerPart).and("transfers").ne(e.listingId())),
                new Update().inc("lent", e.principalMinor()).push("transfers", e.listingId()),
                COLLECTION);
        partsOfLender.addAll(Map.of(e.buyerId(), List.of(buyerPart)));
        partsOfLoan.addAll(Map.of(e.loanId(), List.of(buyerPart)));
    }

    @EventHandler
    void on(LoanDisbursed e) {
        status(e.loanId(), "ACTIVE");
    }

    @EventHandler
    void on(LoanArrearsChanged e) {
        mongo.updateMulti(partsOf(e.loanId()), Update.update("arrears", e.bucket()), COLLECTION);
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
        mongo.updateMulti(partsOf(loanId), Update.update("status", status), COLLECTION);
    }

    /** The loan's parts by their ids (see KeyIndex: no collection scan on the development read side). */
    private Query partsOf(String loanId) {
        return Query.query(Criteria.where("_id").in(partsOfLoan.ids(loanId)));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
        partsOfLender.drop();
        partsOfLoan.drop();
    }

    List<Holding> of(String lenderId) {
        return partsOfLender.documents(lenderId, Holding.class, COLLECTION);
    }

    /** What the lender holds outstanding in each loan (the secondary market's limit per borrower). */
    public Map<String, Long> outstandingByLoan(String lenderId) {
        Map<String, Long> byLoan = new HashMap<>();
        for (Holding h : of(lenderId)) {
            if (h.outstanding() > 0) {
                byLoan.merge(h.loanId(), h.outstanding(), Long::sum);
            }
        }
        return byLoan;
    }
}
