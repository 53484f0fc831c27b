package io.peerlend.lending.suitability;

import io.peerlend.lending.api.AppropriatenessAssessed;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/** Which lenders passed the appropriateness assessment, for the offer gate. Rebuildable by replay. */
@Component
@ProcessingGroup("lending-suitability")
public class SuitabilityReadModel {

    static final String COLLECTION = "lender_suitability";

    @Document(COLLECTION)
    record Entry(@Id String id, boolean passed) {
    }

    private final MongoTemplate mongo;

    SuitabilityReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(AppropriatenessAssessed e) {
        mongo.save(new Entry(e.lenderId(), e.passed()), COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    public boolean passed(String lenderId) {
        Entry entry = mongo.findById(lenderId, Entry.class, COLLECTION);
        return entry != null && entry.passed();
    }
}
