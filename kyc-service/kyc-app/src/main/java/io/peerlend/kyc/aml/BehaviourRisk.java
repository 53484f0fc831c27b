package io.peerlend.kyc.aml;

import io.peerlend.kyc.api.RaiseRiskRating;
import io.peerlend.kyc.api.RiskRating;
import io.peerlend.kyc.api.SuspiciousActivityReported;
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

    BehaviourRisk(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(SuspiciousActivityReported event) {
        commands.sendAndWait(new RaiseRiskRating(event.customerId(), RiskRating.HIGH,
                "reported for suspicious activity (" + event.reportId() + ")"));
    }
}
