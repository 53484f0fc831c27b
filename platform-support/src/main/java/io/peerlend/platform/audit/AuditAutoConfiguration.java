package io.peerlend.platform.audit;

import io.peerlend.platform.security.AuthenticatedFilter;
import java.time.Clock;
import org.axonframework.eventhandling.EventBus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** The staff audit, in every service with Axon's event bus (the services whose events are the system of record). */
@AutoConfiguration(afterName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
@ConditionalOnClass(EventBus.class)
public class AuditAutoConfiguration {

    @Bean
    AuthenticatedFilter staffActionAudit(
            ObjectProvider<EventBus> events, @Value("${spring.application.name:service}") String service) {
        // resolved when the chain is built; a service without an event store records nothing (the filter skips it)
        return () -> new StaffActionAudit(service, events.getObject(), Clock.systemUTC());
    }
}
