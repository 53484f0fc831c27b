package io.peerlend.lending.applications;

import io.peerlend.kyc.api.CustomerDataErased;
import io.peerlend.kyc.api.PersonalDataErased;
import io.peerlend.lending.applications.readmodel.LoanApplicationReadModel;
import io.peerlend.platform.privacy.PersonalDataVault;
import java.time.Clock;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.stereotype.Component;

/**
 * The lending service's part of an erasure: the customer's data key in lending's vault is destroyed, so their sealed
 * declarations read nowhere again; the ids of their applications go with the report, for the score log to unlink.
 * Money records (loans, repayments, the ledger) keep the customer's pseudonymous id: they are the platform's legal
 * accounting record and name no one once KYC and Keycloak have forgotten who the id was. A failure goes back to the
 * processor, which retries.
 */
@Component
@ProcessingGroup(CustomerErasureProcess.GROUP)
public class CustomerErasureProcess {

    public static final String GROUP = "lending-erasure";
    private final PersonalDataVault vault;
    private final LoanApplicationReadModel applications;
    private final EventGateway events;
    private final Clock clock;

    CustomerErasureProcess(
            PersonalDataVault vault, LoanApplicationReadModel applications, EventGateway events, Clock clock) {
        this.vault = vault;
        this.applications = applications;
        this.events = events;
        this.clock = clock;
    }

    @EventHandler
    @DisallowReplay
    void on(PersonalDataErased erased) {
        vault.erase(erased.customerId());
        List<String> applicationIds = applications.ofBorrower(erased.customerId(), 10_000).stream()
                .map(LoanApplicationReadModel.Entry::id)
                .toList();
        events.publish(new CustomerDataErased(
                erased.customerId(), "lending", "declarations key destroyed", applicationIds, clock.instant()));
    }
}
