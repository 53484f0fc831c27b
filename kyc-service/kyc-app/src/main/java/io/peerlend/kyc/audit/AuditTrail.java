package io.peerlend.kyc.audit;

import io.peerlend.disclosure.api.DisclosureAccessed;
import io.peerlend.kyc.api.PersonalDataViewed;
import io.peerlend.platform.audit.AuditTrailViewed;
import io.peerlend.platform.audit.StaffActionRecorded;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * One trail of who did or saw what: staff changes in every service, reads of a customer's personal data (staff, and the
 * lending service's credit searches), regulators' and staff's reads of supervisory data, and supervisors' reads of this
 * trail. Entries hold ids, roles and purposes, never personal data. A projection of the event store, rebuilt by replay.
 */
@Component
@ProcessingGroup("kyc-audit-trail")
class AuditTrail {

    static final String COLLECTION = "audit_trail";
    static final int MAX = 500;
    /** A staff change names its customer in the path: {@code /api/kyc/customers/{id}/...}. */
    private static final Pattern CUSTOMER_IN_PATH = Pattern.compile("/customers/([^/?]+)");

    enum Kind {
        STAFF_ACTION,
        PERSONAL_DATA_READ,
        SUPERVISORY_DATA_READ,
        AUDIT_TRAIL_READ
    }

    /**
     * @param customerId the customer the entry is about, where there is one
     * @param action     what was done or read: a method and path, a purpose, or what supervisory data
     * @param status     the service's answer to a staff change (0 for reads)
     */
    record Entry(
            @Id String id,
            Instant at,
            Kind kind,
            String actor,
            String role,
            String service,
            String customerId,
            String action,
            int status) {}

    /** Filters, each optional; {@code from} and {@code to} bound {@code at} (inclusive, exclusive). */
    record Filter(String actor, String customer, Instant from, Instant to) {}

    private final MongoTemplate mongo;

    AuditTrail(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(StaffActionRecorded a, EventMessage<?> message) {
        Matcher customer = CUSTOMER_IN_PATH.matcher(a.path());
        save(new Entry(
                message.getIdentifier(),
                a.at(),
                Kind.STAFF_ACTION,
                a.staffId(),
                a.role(),
                a.service(),
                customer.find() ? customer.group(1) : null,
                a.method() + " " + a.path(),
                a.status()));
    }

    @EventHandler
    void on(PersonalDataViewed v, EventMessage<?> message) {
        save(new Entry(
                message.getIdentifier(),
                v.viewedAt(),
                Kind.PERSONAL_DATA_READ,
                v.viewedBy(),
                v.role(),
                "kyc",
                v.customerId(),
                v.purpose(),
                0));
    }

    @EventHandler
    void on(DisclosureAccessed d, EventMessage<?> message) {
        save(new Entry(
                message.getIdentifier(),
                d.at(),
                Kind.SUPERVISORY_DATA_READ,
                d.who(),
                d.role(),
                "disclosure",
                null,
                d.what(),
                0));
    }

    @EventHandler
    void on(AuditTrailViewed v, EventMessage<?> message) {
        save(new Entry(
                message.getIdentifier(),
                v.at(),
                Kind.AUDIT_TRAIL_READ,
                v.viewerId(),
                v.role(),
                v.service(),
                null,
                v.filter(),
                0));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    List<Entry> find(Filter filter, int limit) {
        Query query = new Query();
        if (filter.actor() != null) {
            query.addCriteria(Criteria.where("actor").is(filter.actor()));
        }
        if (filter.customer() != null) {
            query.addCriteria(Criteria.where("customerId").is(filter.customer()));
        }
        if (filter.from() != null || filter.to() != null) {
            Criteria at = Criteria.where("at");
            if (filter.from() != null) {
                at = at.gte(filter.from());
            }
            if (filter.to() != null) {
                at = at.lt(filter.to());
            }
            query.addCriteria(at);
        }
        return mongo.find(
                query.with(Sort.by(Sort.Direction.DESC, "at")).limit(Math.max(1, Math.min(limit, MAX))),
                Entry.class,
                COLLECTION);
    }

    private void save(Entry entry) {
        mongo.save(entry, COLLECTION);
    }
}
