package io.peerlend.disclosure.loanbook;

import io.peerlend.disclosure.loanbook.domain.SecondaryTrade;
import io.peerlend.lending.api.events.LoanPartListed;
import io.peerlend.lending.api.events.LoanPartListingCancelled;
import io.peerlend.lending.api.events.LoanPartTransferred;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The secondary market's listings and sales, for its monthly report: one document per listing, no lender named. In
 * the loan book's processing group, so a month closes (in event order) with the trades as they stood at its end.
 * Assignments only: a redelivered event changes nothing. Rebuildable by replay.
 */
@Component
@ProcessingGroup(LoanBook.GROUP)
public class SecondaryTrades {

    static final String COLLECTION = "disclosure_secondary_trades";

    record Listing(
            @Id String id,
            String loanId,
            LocalDate listedOn,
            LocalDate withdrawnOn,
            LocalDate soldOn,
            long principalMinor,
            long premiumMinor,
            long priceMinor) {}

    private final MongoTemplate mongo;
    private final ZoneId zone;

    SecondaryTrades(MongoTemplate mongo, @Value("${peerlend.disclosure.time-zone:Europe/London}") String zone) {
        this.mongo = mongo;
        this.zone = ZoneId.of(zone);
    }

    @EventHandler
    void on(LoanPartListed e) {
        mongo.upsert(
                Query.query(Criteria.where("_id").is(e.listingId())),
                new Update()
                        .set("listedOn", e.listedOn())
                        .set("loanId", e.loanId())
                        .setOnInsert("principalMinor", e.principalMinor())
                        .setOnInsert("premiumMinor", 0L)
                        .setOnInsert("priceMinor", 0L),
                COLLECTION);
    }

    @EventHandler
    void on(LoanPartListingCancelled e) {
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(e.listingId())),
                Update.update("withdrawnOn", e.cancelledAt().atZone(zone).toLocalDate()),
                COLLECTION);
    }

    @EventHandler
    void on(LoanPartTransferred e) {
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(e.listingId())),
                new Update()
                        .set("soldOn", e.transferOn())
                        .set("principalMinor", e.principalMinor())
                        .set("premiumMinor", e.premiumMinor())
                        .set("priceMinor", e.priceMinor()),
                COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    /** Every listing, in the order of its id. */
    public List<SecondaryTrade> all() {
        return mongo.find(new Query().with(Sort.by("_id")), Listing.class, COLLECTION).stream()
                .map(l -> new SecondaryTrade(
                        l.id(),
                        l.loanId(),
                        l.listedOn(),
                        l.withdrawnOn(),
                        l.soldOn(),
                        l.principalMinor(),
                        l.premiumMinor(),
                        l.priceMinor()))
                .toList();
    }

    /** Whether anything was ever listed (the series starts with the first month the market traded). */
    public boolean any() {
        return mongo.count(new Query(), COLLECTION) > 0;
    }
}
