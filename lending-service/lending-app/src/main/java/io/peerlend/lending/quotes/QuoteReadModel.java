package io.peerlend.lending.quotes;

import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.events.LoanNotQuoted;
import io.peerlend.lending.api.events.LoanQuoted;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/** The latest quote (or why there is none) per application. Rebuildable by replay. */
@Component
@ProcessingGroup("lending-applications")
public class QuoteReadModel {

    static final String COLLECTION = "loan_quotes";

    @Document(COLLECTION)
    /** {@code parts}: what the quote was priced from (each part's amount and rate); null for older quotes. */
    public record Entry(
            @Id String id,
            boolean available,
            String reason,
            String marketId,
            BigDecimal ratePercent,
            BigDecimal aprPercent,
            long feeMinor,
            LocalDate firstDueDate,
            Instant validUntil,
            Instant quotedAt,
            List<LoanPartShare> parts) {}

    private final MongoTemplate mongo;

    QuoteReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(LoanQuoted e) {
        mongo.save(
                new Entry(
                        e.applicationId(),
                        true,
                        null,
                        e.marketId(),
                        e.ratePercent(),
                        e.aprPercent(),
                        e.feeMinor(),
                        e.firstDueDate(),
                        e.validUntil(),
                        e.quotedAt(),
                        e.parts()),
                COLLECTION);
    }

    @EventHandler
    void on(LoanNotQuoted e) {
        mongo.save(
                new Entry(e.applicationId(), false, e.reason(), null, null, null, 0, null, null, e.at(), null),
                COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    public Optional<Entry> find(String applicationId) {
        return Optional.ofNullable(mongo.findById(applicationId, Entry.class, COLLECTION));
    }
}
