package io.peerlend.disclosure.loanbook;

import io.peerlend.kyc.api.CustomerDataErased;
import io.peerlend.kyc.api.PersonalDataErased;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Disclosure's part of an erasure. The loan book holds no personal data, only the borrower's pseudonymous key (to
 * count borrowers and measure concentration); an erased borrower's loans get a fresh random key instead, so the
 * counts stay right and nothing links them to the id any more.
 */
@Component
@ProcessingGroup("disclosure-erasure")
class LoanBookErasure {

    private final MongoTemplate mongo;
    private final EventGateway events;
    private final Clock clock = Clock.systemUTC();

    LoanBookErasure(MongoTemplate mongo, EventGateway events) {
        this.mongo = mongo;
        this.events = events;
    }

    @EventHandler
    @DisallowReplay
    void on(PersonalDataErased erased) {
        long loans = mongo.updateMulti(
                        Query.query(Criteria.where("fact.borrowerKey").is(erased.customerId())),
                        new Update().set("fact.borrowerKey", "erased-" + UUID.randomUUID()),
                        LoanBook.LOANS)
                .getModifiedCount();
        events.publish(new CustomerDataErased(
                erased.customerId(),
                "disclosure",
                loans + " loans in the loan book given an anonymous borrower key",
                List.of(),
                clock.instant()));
    }
}
