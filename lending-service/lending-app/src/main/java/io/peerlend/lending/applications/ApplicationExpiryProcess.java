package io.peerlend.lending.applications;

import io.peerlend.calendar.api.BusinessDateAdvanced;
import io.peerlend.lending.api.commands.ExpireApplication;
import io.peerlend.lending.applications.readmodel.LoanApplicationReadModel;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** At close of business, each quoted application decides whether its lapsed quote has expired it. Never replayed. */
@Component
@ProcessingGroup("lending-application-expiry")
class ApplicationExpiryProcess {

    private final CommandGateway commands;
    private final LoanApplicationReadModel applications;

    ApplicationExpiryProcess(CommandGateway commands, LoanApplicationReadModel applications) {
        this.commands = commands;
        this.applications = applications;
    }

    @EventHandler
    @DisallowReplay
    void on(BusinessDateAdvanced advanced) {
        applications.idsWithStatus("QUOTED").forEach(id -> commands.sendAndWait(new ExpireApplication(id)));
    }
}
