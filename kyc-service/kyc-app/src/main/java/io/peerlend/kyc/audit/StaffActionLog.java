package io.peerlend.kyc.audit;

import io.peerlend.platform.audit.StaffActionRecorded;
import io.peerlend.platform.security.EndpointRules;
import io.peerlend.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff audit log: every change operations staff asked any service for (each service records it in the shared
 * event store), newest first, for a supervisor. A projection like any other: rebuilt by replaying the store.
 */
@RestController
@ProcessingGroup("kyc-staff-actions")
class StaffActionLog {

    static final String COLLECTION = "staff_actions";

    record Entry(
            @Id String id,
            String service,
            String staffId,
            String role,
            String method,
            String path,
            int status,
            String correlationId,
            Instant at) {}

    private final MongoTemplate mongo;

    StaffActionLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Bean
    static EndpointRules staffActionLogEndpoints() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/kyc/audit/staff-actions")
                .hasRole(Roles.OPS_SUPERVISOR);
    }

    @EventHandler
    void on(StaffActionRecorded a, EventMessage<?> message) {
        mongo.save(
                new Entry(
                        message.getIdentifier(),
                        a.service(),
                        a.staffId(),
                        a.role(),
                        a.method(),
                        a.path(),
                        a.status(),
                        a.correlationId(),
                        a.at()),
                COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    @Operation(summary = "Changes asked for by operations staff in every service, newest first (role ops-supervisor)")
    @GetMapping("/api/kyc/audit/staff-actions")
    List<Entry> actions(@RequestParam(required = false) String staffId, @RequestParam(defaultValue = "100") int limit) {
        Query query = staffId == null || staffId.isBlank()
                ? new Query()
                : Query.query(Criteria.where("staffId").is(staffId));
        return mongo.find(
                query.with(Sort.by(Sort.Direction.DESC, "at")).limit(Math.max(1, Math.min(limit, 500))),
                Entry.class,
                COLLECTION);
    }
}
