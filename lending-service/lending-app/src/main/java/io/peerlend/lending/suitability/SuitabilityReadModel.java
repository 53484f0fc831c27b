package io.peerlend.lending.suitability;

import io.peerlend.lending.api.InvestorCategory;
import io.peerlend.lending.api.events.AppropriatenessAssessed;
import io.peerlend.lending.api.events.InvestorCategorised;
import io.peerlend.platform.web.StateConflictException;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/** Which lenders passed the appropriateness assessment and how they are categorised, for the offer gate. */
@Component
@ProcessingGroup("lending-suitability")
public class SuitabilityReadModel {

    static final String COLLECTION = "lender_suitability";

    @Document(COLLECTION)
    record Entry(@Id String id, boolean passed, InvestorCategory category, long limitMinor) {}

    /** The uk categorisation: {@code limitMinor} is what may be committed in 12 months, -1 for no limit. */
    public record Category(InvestorCategory category, long limitMinor) {}

    private final MongoTemplate mongo;
    private final boolean categorisation;

    SuitabilityReadModel(
            MongoTemplate mongo, @Value("${peerlend.lending.investor-categorisation:true}") boolean categorisation) {
        this.mongo = mongo;
        this.categorisation = categorisation;
    }

    /**
     * The lender's category where the jurisdiction profile categorises investors (uk); elsewhere (cn) every lender who
     * passed the assessment is unrestricted.
     * @throws io.peerlend.platform.web.StateConflictException when the profile asks for a category not yet declared
     */
    public Category requiredCategory(String lenderId) {
        if (!categorisation) {
            return new Category(null, -1);
        }
        return category(lenderId)
                .orElseThrow(
                        () -> new StateConflictException("declare your investor category before your first offer"));
    }

    @EventHandler
    void on(AppropriatenessAssessed e) {
        Entry current = find(e.lenderId());
        mongo.save(new Entry(e.lenderId(), e.passed(), current.category(), current.limitMinor()), COLLECTION);
    }

    @EventHandler
    void on(InvestorCategorised e) {
        Entry current = find(e.lenderId());
        mongo.save(new Entry(e.lenderId(), current.passed(), e.category(), e.limitMinor()), COLLECTION);
    }

    public Optional<Category> category(String lenderId) {
        Entry entry = find(lenderId);
        return entry.category() == null
                ? Optional.empty()
                : Optional.of(new Category(entry.category(), entry.limitMinor()));
    }

    private Entry find(String lenderId) {
        Entry entry = mongo.findById(lenderId, Entry.class, COLLECTION);
        return entry != null ? entry : new Entry(lenderId, false, null, -1);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    /** Whether the profile asks lenders to declare an investor category (uk) or not (cn). */
    public boolean categorises() {
        return categorisation;
    }

    public boolean passed(String lenderId) {
        return find(lenderId).passed();
    }
}
