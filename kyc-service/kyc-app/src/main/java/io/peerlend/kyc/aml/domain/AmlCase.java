package io.peerlend.kyc.aml.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.peerlend.kyc.api.AmlAlertsAttached;
import io.peerlend.kyc.api.AmlCaseCleared;
import io.peerlend.kyc.api.AmlCaseOpened;
import io.peerlend.kyc.api.AttachAmlAlerts;
import io.peerlend.kyc.api.CloseAmlCase;
import io.peerlend.kyc.api.OpenAmlCase;
import io.peerlend.kyc.api.SuspiciousActivityReported;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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

    @CommandHandler
    void handle(AttachAmlAlerts c) {
        if (!open) {
            throw new CaseRuleBroken("the case is closed: open a new one");
        }
        apply(new AmlAlertsAttached(caseId, c.alerts()));
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
