package io.peerlend.disclosure.audit;

import io.peerlend.disclosure.api.DisclosureAccessed;
import io.peerlend.platform.security.Roles;
import java.time.Clock;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** Records every read of supervisory data as an audit event naming the caller's subject and role. */
@Component
public class AccessLog {

    private final EventGateway events;
    private final Clock clock = Clock.systemUTC();

    AccessLog(EventGateway events) {
        this.events = events;
    }

    public void record(Jwt caller, Authentication auth, String what) {
        String role = Roles.has(auth, Roles.REGULATOR)
                ? Roles.REGULATOR
                : Roles.has(auth, Roles.OPS_SUPERVISOR) ? Roles.OPS_SUPERVISOR : Roles.OPS;
        events.publish(new DisclosureAccessed(caller.getSubject(), role, what, clock.instant()));
    }
}
