package io.peerlend.kyc.privacy;

import io.peerlend.kyc.api.CustomerDataErased;
import io.peerlend.kyc.api.PersonalDataErased;
import java.time.Clock;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.stereotype.Component;

/**
 * The identity provider's part of an erasure, once KYC has recorded it. A failure (Keycloak unreachable) goes back to
 * the processor, which retries; the erasure stays IN_PROGRESS until it is done. Not repeated on a replay.
 */
@Component
@ProcessingGroup(IdentityProviderErasure.GROUP)
class IdentityProviderErasure {

    static final String GROUP = "kyc-identity-provider-erasure";
    static final String SERVICE = "identity-provider";
    private final IdentityProviderAccounts accounts;
    private final EventGateway events;
    private final Clock clock;

    IdentityProviderErasure(IdentityProviderAccounts accounts, EventGateway events, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @EventHandler
    @DisallowReplay
    void on(PersonalDataErased erased) {
        accounts.remove(erased.customerId());
        events.publish(new CustomerDataErased(
                erased.customerId(), SERVICE, "account and sessions removed", List.of(), clock.instant()));
    }
}
