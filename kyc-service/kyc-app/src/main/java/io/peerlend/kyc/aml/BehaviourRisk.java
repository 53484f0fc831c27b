package io.peerlend.kyc.aml;

import io.peerlend.kyc.api.RaiseRiskRating;
import io.peerlend.kyc.api.RiskRating;
import io.peerlend.kyc.api.SuspiciousActivityReported;
import io.peerlend.kyc.customers.PersonalData;
import java.nio.charset.StandardCharsets;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Behaviour in the risk rating: a customer reported for suspicious activity is high risk from then on. */
@Component
@ProcessingGroup("kyc-processes")
class BehaviourRisk {

    private final CommandGateway commands;
    private final PersonalData personalData;

    BehaviourRisk(CommandGateway commands, PersonalData personalData) {
        this.commands = commands;
        this.personalData = personalData;
    }

    @EventHandler
    @DisallowReplay
    void on(SuspiciousActivityReported event) {
        String reason = "reported for suspicious activity (" + event.reportId() + ")";
        // that a report was made must never reach the customer: the reason is kept sealed
        commands.sendAndWait(new RaiseRiskRating(
                event.customerId(),
                RiskRating.HIGH,
                reason,
                personalData.seal(event.customerId(), reason.getBytes(StandardCharsets.UTF_8))));
    }
}
