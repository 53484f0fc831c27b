package io.peerlend.disclosure.loanbook;

import io.peerlend.kyc.api.PersonalDataErased;
import io.peerlend.kyc.api.RelatedPartySet;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The platform's related parties among its customers (staff, shareholders, their close family), as KYC records them,
 * for the monthly report's related-party loans. In the loan book's processing group, so when a month closes (in the
 * same group, in event order) this is the register as it stood at the month's end. A customer's key is their id, as
 * in the loan book; an erased customer leaves the register (their loans' key is anonymous from then on).
 */
@Component
@ProcessingGroup(LoanBook.GROUP)
public class RelatedPartyRegister {

    static final String COLLECTION = "disclosure_related_parties";

    record Entry(@Id String id, String relation) {}

    private final MongoTemplate mongo;

    RelatedPartyRegister(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(RelatedPartySet e) {
        if (e.relation() == null) {
            mongo.remove(new Entry(e.customerId(), null), COLLECTION);
        } else {
            mongo.save(new Entry(e.customerId(), e.relation().name()), COLLECTION);
        }
    }

    @EventHandler
    void on(PersonalDataErased e) {
        mongo.remove(new Entry(e.customerId(), null), COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    /** The borrower keys of the related parties now. */
    public Set<String> current() {
        return mongo.findAll(Entry.class, COLLECTION).stream().map(Entry::id).collect(Collectors.toUnmodifiableSet());
    }
}
