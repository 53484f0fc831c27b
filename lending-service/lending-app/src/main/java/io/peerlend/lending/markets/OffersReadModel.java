package io.peerlend.lending.markets;

import io.peerlend.lending.api.events.FundsCommittedToOffer;
import io.peerlend.lending.api.events.LoanMatched;
import io.peerlend.lending.api.events.OfferCancelled;
import io.peerlend.lending.api.events.OfferFundsReleased;
import io.peerlend.lending.api.events.OfferPlaced;
import io.peerlend.platform.readside.KeyIndex;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Offers as lenders and the public market pages see them. Idempotent and rebuildable by replay. */
@Component
@ProcessingGroup("lending-offers-view")
public class OffersReadModel {

    static final String COLLECTION = "offers";

    public enum Status {
        PENDING,
        ACTIVE,
        FILLED,
        CANCELLED,
        REFUSED
    }

    @Document(COLLECTION)
    public record Entry(
            @Id String id,
            String lenderId,
            String marketId,
            long amountMinor,
            int rateBps,
            long remainingMinor,
            long lentMinor,
            Status status,
            String reason,
            Instant createdAt,
            List<String> loans) {
        /** The offer after lending {@code amount} to a loan. */
        Entry lent(String loanId, long amount) {
            long remaining = remainingMinor - amount;
            List<String> lentTo = new ArrayList<>(loans);
            lentTo.add(loanId);
            return changed(remaining, lentMinor + amount, remaining == 0 ? Status.FILLED : status, reason, lentTo);
        }

        Entry with(Status newStatus, long remaining, String why) {
            return changed(remaining, lentMinor, newStatus, why, loans);
        }

        private Entry changed(long remaining, long lent, Status newStatus, String why, List<String> lentTo) {
            return new Entry(
                    id, lenderId, marketId, amountMinor, rateBps, remaining, lent, newStatus, why, createdAt, lentTo);
        }

        /** What the offer holds of the lender's money or put into loans: refused and cancelled money came back. */
        public long committedMinor() {
            return switch (status) {
                case REFUSED -> 0;
                case CANCELLED -> lentMinor;
                default -> amountMinor;
            };
        }
    }

    private final MongoTemplate mongo;
    private final KeyIndex offersOfLender;

    OffersReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
        this.offersOfLender = new KeyIndex(mongo, "offers_by_lender");
    }

    @EventHandler
    void on(FundsCommittedToOffer e) {
        if (find(e.offerId()).isEmpty()) {
            mongo.save(
                    new Entry(
                            e.offerId(),
                            e.lenderId(),
                            e.marketId(),
                            e.amountMinor(),
                            e.rateBps(),
                            e.amountMinor(),
                            0,
                            Status.PENDING,
                            null,
                            e.committedAt(),
                            List.of()),
                    COLLECTION);
        }
        offersOfLender.add(e.lenderId(), e.offerId());
    }

    @EventHandler
    void on(OfferPlaced e) {
        update(e.offerId(), o -> o.status() == Status.PENDING ? o.with(Status.ACTIVE, o.remainingMinor(), null) : o);
    }

    /**
     * Each part takes from its offer; a redelivered match is recognised by the loans already applied. The loan's offers
     * are read in one query and written in one bulk write: two round trips a loan rather than two a part.
     */
    @EventHandler
    void on(LoanMatched e) {
        Map<String, Long> taken = new LinkedHashMap<>();
        e.parts().forEach(part -> taken.merge(part.offerId(), part.amountMinor(), Long::sum));
        BulkOperations writes = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Entry.class, COLLECTION);
        int changed = 0;
        for (Entry o : mongo.find(Query.query(Criteria.where("_id").in(taken.keySet())), Entry.class, COLLECTION)) {
            if (!o.loans().contains(e.loanId())) {
                writes.replaceOne(Query.query(Criteria.where("_id").is(o.id())), o.lent(e.loanId(), taken.get(o.id())));
                changed++;
            }
        }
        if (changed > 0) {
            writes.execute();
        }
    }

    @EventHandler
    void on(OfferCancelled e) {
        update(e.offerId(), o -> o.with(Status.CANCELLED, 0, null));
    }

    @EventHandler
    void on(OfferFundsReleased e) {
        update(e.offerId(), o -> o.status() == Status.PENDING ? o.with(Status.REFUSED, 0, e.reason()) : o);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
        offersOfLender.drop();
    }

    public Optional<Entry> find(String offerId) {
        return Optional.ofNullable(mongo.findById(offerId, Entry.class, COLLECTION));
    }

    public List<Entry> ofLender(String lenderId) {
        return offersOfLender.documents(lenderId, Entry.class, COLLECTION).stream()
                .sorted(Comparator.comparing(Entry::createdAt))
                .toList();
    }

    public List<Entry> active() {
        return mongo.find(Query.query(Criteria.where("status").is(Status.ACTIVE)), Entry.class, COLLECTION);
    }

    private void update(String offerId, UnaryOperator<Entry> change) {
        find(offerId).ifPresent(o -> mongo.save(change.apply(o), COLLECTION));
    }
}
