package io.peerlend.kyc.customers.readmodel;

import io.peerlend.kyc.api.PersonalDataErased;
import io.peerlend.kyc.api.RelatedParty;
import io.peerlend.kyc.api.RelatedPartySet;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** How each customer is related to the platform, if they are (docs/kyc.md, "Related parties"); rebuilt by replay. */
@Component
@ProcessingGroup("kyc-customers")
public class RelatedPartyFlags {

    static final String COLLECTION = "customer_related_parties";

    record Entry(@Id String id, RelatedParty relation) {}

    private final MongoTemplate mongo;

    RelatedPartyFlags(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(RelatedPartySet e) {
        if (e.relation() == null) {
            mongo.remove(new Entry(e.customerId(), null), COLLECTION);
        } else {
            mongo.save(new Entry(e.customerId(), e.relation()), COLLECTION);
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

    /** The customer's relation to the platform, or null when they are not related. */
    public RelatedParty of(String customerId) {
        Entry entry = mongo.findById(customerId, Entry.class, COLLECTION);
        return entry == null ? null : entry.relation();
    }
}
