package io.peerlend.lending.secondary;

import io.peerlend.lending.api.events.LoanPartListed;
import io.peerlend.lending.api.events.LoanPartListingCancelled;
import io.peerlend.lending.api.events.LoanPartTransferred;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The secondary market's listings, one small document each: open, sold (to whom, for what) or cancelled. Status
 * changes are assignments guarded by the listing's state, so a redelivered event changes nothing. Rebuildable.
 */
@Component
@ProcessingGroup("lending-secondary-view")
public class ListingsReadModel implements OpenListings {

    static final String COLLECTION = "secondary_listings";

    public enum Status {
        OPEN,
        SOLD,
        CANCELLED
    }

    public record Listing(
            @Id String id,
            String loanId,
            String sellerId,
            List<Integer> parts,
            long principalMinor,
            int premiumBps,
            String currency,
            LocalDate listedOn,
            Instant listedAt,
            Status status,
            String reason,
            String buyerId,
            String purchaseId,
            Long priceMinor,
            Long feeMinor,
            LocalDate soldOn,
            Instant soldAt) {}

    private final MongoTemplate mongo;

    ListingsReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(LoanPartListed e) {
        mongo.upsert(
                Query.query(Criteria.where("_id").is(e.listingId())),
                new Update()
                        .setOnInsert("loanId", e.loanId())
                        .setOnInsert("sellerId", e.sellerId())
                        .setOnInsert("parts", e.parts())
                        .setOnInsert("principalMinor", e.principalMinor())
                        .setOnInsert("premiumBps", e.premiumBps())
                        .setOnInsert("currency", e.currency())
                        .setOnInsert("listedOn", e.listedOn())
                        .setOnInsert("listedAt", e.listedAt())
                        .setOnInsert("status", Status.OPEN),
                Listing.class,
                COLLECTION);
    }

    @EventHandler
    void on(LoanPartListingCancelled e) {
        mongo.updateFirst(
                Query.query(
                        Criteria.where("_id").is(e.listingId()).and("status").is(Status.OPEN)),
                new Update().set("status", Status.CANCELLED).set("reason", e.reason()),
                Listing.class,
                COLLECTION);
    }

    @EventHandler
    void on(LoanPartTransferred e) {
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(e.listingId())),
                new Update()
                        .set("status", Status.SOLD)
                        .set("buyerId", e.buyerId())
                        .set("purchaseId", e.purchaseId())
                        .set("principalMinor", e.principalMinor())
                        .set("priceMinor", e.priceMinor())
                        .set("feeMinor", e.feeMinor())
                        .set("soldOn", e.transferOn())
                        .set("soldAt", e.transferredAt()),
                Listing.class,
                COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    public Optional<Listing> find(String listingId) {
        return Optional.ofNullable(mongo.findById(listingId, Listing.class, COLLECTION));
    }

    /** Open listings, oldest first, at most {@code limit}. */
    public List<Listing> open(int limit) {
        return mongo.find(
                Query.query(Criteria.where("status").is(Status.OPEN))
                        .with(Sort.by("listedAt"))
                        .limit(limit),
                Listing.class,
                COLLECTION);
    }

    @Override
    public List<Open> openOfLoan(String loanId) {
        return mongo
                .find(
                        Query.query(Criteria.where("loanId")
                                .is(loanId)
                                .and("status")
                                .is(Status.OPEN)),
                        Listing.class,
                        COLLECTION)
                .stream()
                .map(l -> new Open(l.id(), l.sellerId()))
                .toList();
    }

    /** A lender's listings, and the listings they bought. */
    public List<Listing> of(String lenderId) {
        return mongo.find(
                Query.query(new Criteria()
                                .orOperator(
                                        Criteria.where("sellerId").is(lenderId),
                                        Criteria.where("buyerId").is(lenderId)))
                        .with(Sort.by("listedAt")),
                Listing.class,
                COLLECTION);
    }
}
