package io.peerlend.lending.kyc;

import io.peerlend.kyc.api.PersonalDataErased;
import io.peerlend.kyc.api.RelatedParty;
import io.peerlend.kyc.api.RelatedPartySet;
import io.peerlend.platform.web.StateConflictException;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The platform's related parties among its customers (staff, shareholders, their close family), as KYC records them,
 * and the profile's rule on lending to them ({@code peerlend.lending.related-party-loans}): {@code ALLOWED} on the
 * same terms as anyone (uk; disclosure counts them), or {@code REFUSED} (cn: the Interim Measures, art. 10, forbid a
 * platform to raise funds for itself or, in disguise, for its related parties). In the KYC gate's processing group, so
 * in the order of KYC's events.
 */
@Component
@ProcessingGroup(IdentityGateProcess.GROUP)
public class RelatedParties {

    static final String COLLECTION = "related_parties";

    public enum Rule {
        ALLOWED,
        REFUSED
    }

    record Entry(@Id String id, RelatedParty relation) {}

    private final MongoTemplate mongo;
    private final Rule rule;

    RelatedParties(MongoTemplate mongo, @Value("${peerlend.lending.related-party-loans}") Rule rule) {
        this.mongo = mongo;
        this.rule = rule;
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

    public Optional<RelatedParty> of(String customerId) {
        return Optional.ofNullable(mongo.findById(customerId, Entry.class, COLLECTION))
                .map(Entry::relation);
    }

    /** Refuses a related party's loan where the profile forbids it. */
    public void checkMayBorrow(String customerId) {
        if (rule == Rule.REFUSED && of(customerId).isPresent()) {
            throw new StateConflictException(
                    "the platform does not lend to its related parties (its staff, its shareholders and their close"
                            + " family)");
        }
    }
}
