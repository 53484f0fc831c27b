package io.peerlend.kyc.customers.readmodel;

import io.peerlend.kyc.api.ClearanceProposed;
import io.peerlend.kyc.api.CustomerReinstated;
import io.peerlend.kyc.api.CustomerRejected;
import io.peerlend.kyc.api.CustomerRescreened;
import io.peerlend.kyc.api.CustomerRiskRaised;
import io.peerlend.kyc.api.CustomerSuspended;
import io.peerlend.kyc.api.CustomerVerified;
import io.peerlend.kyc.api.OnboardingSubmitted;
import io.peerlend.kyc.api.PersonalDataErased;
import io.peerlend.kyc.api.Sealed;
import io.peerlend.kyc.api.SourceOfFundsDeclared;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What staff know about a customer that the customer must not, kept sealed as in the events: what screening found
 * (whom on a list they resemble, their risk factors), the reasons their risk went up, and the officer's note on a
 * rejection or suspension. Opened only for staff views; erasure removes it. Idempotent and rebuildable by replay.
 */
@Component
@ProcessingGroup("kyc-customers")
public class StaffNotes {

    static final String COLLECTION = "customer_staff_notes";
    private final MongoTemplate mongo;

    StaffNotes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * @param screening    onboarding's findings ({@code ScreeningFindings}), sealed
     * @param rescreening  the latest re-screening's hits ({@code ScreeningFindings}), sealed; null once it cleared
     * @param riskReasons  why the risk rating went up, each sealed
     * @param decisionNote the officer's note on the rejection or suspension in force, sealed
     */
    public record Entry(
            @Id String id,
            Sealed screening,
            Sealed rescreening,
            List<Sealed> riskReasons,
            Sealed decisionNote,
            Sealed sourceOfFunds) {}

    @EventHandler
    void on(OnboardingSubmitted e) {
        update(
                e.customerId(),
                n -> new Entry(n.id(), e.screening(), null, n.riskReasons(), n.decisionNote(), n.sourceOfFunds()));
    }

    @EventHandler
    void on(CustomerRescreened e) {
        update(
                e.customerId(),
                n -> new Entry(
                        n.id(),
                        n.screening(),
                        "CLEAR".equals(e.decision()) ? null : e.sealedHits(),
                        n.riskReasons(),
                        n.decisionNote(),
                        n.sourceOfFunds()));
    }

    @EventHandler
    void on(CustomerRiskRaised e) {
        if (e.sealedReason() != null) {
            update(e.customerId(), n -> {
                List<Sealed> reasons = new ArrayList<>(n.riskReasons());
                reasons.add(0, e.sealedReason());
                return new Entry(n.id(), n.screening(), n.rescreening(), reasons, n.decisionNote(), n.sourceOfFunds());
            });
        }
    }

    @EventHandler
    void on(CustomerRejected e) {
        update(
                e.customerId(),
                n -> new Entry(
                        n.id(), n.screening(), n.rescreening(), n.riskReasons(), e.sealedNote(), n.sourceOfFunds()));
    }

    @EventHandler
    void on(CustomerSuspended e) {
        update(
                e.customerId(),
                n -> new Entry(
                        n.id(), n.screening(), n.rescreening(), n.riskReasons(), e.sealedNote(), n.sourceOfFunds()));
    }

    @EventHandler
    void on(CustomerReinstated e) {
        update(
                e.customerId(),
                n -> new Entry(n.id(), n.screening(), n.rescreening(), n.riskReasons(), null, n.sourceOfFunds()));
    }

    @EventHandler
    void on(CustomerVerified e) {
        update(
                e.customerId(),
                n -> new Entry(n.id(), n.screening(), n.rescreening(), n.riskReasons(), null, n.sourceOfFunds()));
    }

    @EventHandler
    void on(SourceOfFundsDeclared e) {
        update(
                e.customerId(),
                n -> new Entry(
                        n.id(), n.screening(), n.rescreening(), n.riskReasons(), n.decisionNote(), e.declaration()));
    }

    @EventHandler
    void on(ClearanceProposed e) {
        // the proposal's note is the officer's working note: kept in the event (sealed), not shown again
    }

    /** Not even the ciphertext is kept. */
    @EventHandler
    void on(PersonalDataErased e) {
        mongo.remove(Query.query(Criteria.where("_id").is(e.customerId())), COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    public Optional<Entry> find(String customerId) {
        return Optional.ofNullable(mongo.findById(customerId, Entry.class, COLLECTION));
    }

    private void update(String customerId, UnaryOperator<Entry> change) {
        Entry current = find(customerId).orElse(new Entry(customerId, null, null, List.of(), null, null));
        mongo.save(change.apply(current), COLLECTION);
    }
}
