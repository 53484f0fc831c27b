package io.peerlend.disclosure.statistics.readmodel;

import io.peerlend.lending.api.events.LoanApplicationSubmitted;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * Follows the lending service's events in the shared store and keeps one anonymous row per application (no borrower,
 * month only), so counting is idempotent under redelivery and the collection can be rebuilt by replay.
 */
@Component
@ProcessingGroup("disclosure-statistics")
public class ApplicationStatistics {

    static final String COLLECTION = "application_facts";
    private final MongoTemplate mongo;

    ApplicationStatistics(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(LoanApplicationSubmitted event) {
        mongo.save(
                new ApplicationFact(
                        event.applicationId(),
                        event.amountMinor(),
                        event.currency(),
                        event.termMonths(),
                        YearMonth.from(event.submittedAt().atZone(ZoneOffset.UTC))
                                .toString()),
                COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    public long applicationsSubmitted() {
        return mongo.getCollection(COLLECTION).countDocuments();
    }

    @Document(COLLECTION)
    record ApplicationFact(@Id String applicationId, long amountMinor, String currency, int termMonths, String month) {}
}
