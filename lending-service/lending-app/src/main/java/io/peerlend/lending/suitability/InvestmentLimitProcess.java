package io.peerlend.lending.suitability;

import io.peerlend.lending.api.commands.SetInvestmentLimit;
import io.peerlend.lending.api.events.InvestorCategorised;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Carries each investor category declared to the lender's account, which checks every commitment against its limit.
 * The declaration's request already does so before it answers (so no offer can slip in between); this catches up
 * categories declared before accounts held limits, and any declaration whose second step was cut off by a crash.
 */
@Component
@ProcessingGroup("lending-investment-limits")
class InvestmentLimitProcess {

    private final CommandGateway commands;

    InvestmentLimitProcess(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(InvestorCategorised e) {
        commands.sendAndWait(new SetInvestmentLimit(e.lenderId(), e.category(), e.limitMinor()));
    }
}
