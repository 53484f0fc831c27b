package io.peerlend.kyc.aml.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.peerlend.kyc.api.AmlAlert;
import io.peerlend.kyc.api.AmlAlertsAttached;
import io.peerlend.kyc.api.AmlCaseCleared;
import io.peerlend.kyc.api.AmlCaseOpened;
import io.peerlend.kyc.api.AttachAmlAlerts;
import io.peerlend.kyc.api.CloseAmlCase;
import io.peerlend.kyc.api.OpenAmlCase;
import io.peerlend.kyc.api.SuspiciousActivityReported;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/** An AML case: opened by monitoring with its evidence, ended by an officer as cleared or reported. */
public class AmlCase {

    @AggregateIdentifier
    private String caseId;

    private String customerId;
    private boolean open;
    /** Every alert the case holds: one judged again is not added twice. */
    private final Set<AmlAlert> alerts = new HashSet<>();

    protected AmlCase() {
        // for Axon
    }

    /** The case id is derived from the alert that opened it, so a redelivered alert opens nothing new. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenAmlCase c, Clock clock) {
        if (caseId == null) {
            apply(new AmlCaseOpened(c.caseId(), c.customerId(), c.alerts(), clock.instant()));
        }
    }

    /** Alerts the case holds already (a movement judged again) are left out; none new, nothing happens. */
    @CommandHandler
    void handle(AttachAmlAlerts c) {
        if (!open) {
            throw new CaseRuleBroken("the case is closed: open a new one");
        }
        List<AmlAlert> fresh =
                c.alerts().stream().filter(a -> !alerts.contains(a)).distinct().toList();
        if (!fresh.isEmpty()) {
            apply(new AmlAlertsAttached(caseId, fresh));
        }
    }

    @CommandHandler
    String handle(CloseAmlCase c, Clock clock) {
        if (!open) {
            throw new CaseRuleBroken("the case is already closed");
        }
        if (c.report()) {
            String reportId = "SAR-" + UUID.nameUUIDFromBytes(caseId.getBytes(StandardCharsets.UTF_8));
            apply(new SuspiciousActivityReported(
                    caseId, customerId, reportId, c.officerId(), c.text(), clock.instant()));
            return reportId;
        }
        apply(new AmlCaseCleared(caseId, customerId, c.officerId(), c.text(), clock.instant()));
        return null;
    }

    @EventSourcingHandler
    void on(AmlCaseOpened e) {
        caseId = e.caseId();
        customerId = e.customerId();
        open = true;
        alerts.addAll(e.alerts());
    }

    @EventSourcingHandler
    void on(AmlAlertsAttached e) {
        alerts.addAll(e.alerts());
    }

    @EventSourcingHandler
    void on(AmlCaseCleared e) {
        open = false;
    }

    @EventSourcingHandler
    void on(SuspiciousActivityReported e) {
        open = false;
    }
}
