package io.peerlend.lending;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageDispatchInterceptorSupport;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Every event names who caused it, in its metadata ({@code actor}), so the audit trail is complete: {@code user:<id>}
 * for a request by a person (their Keycloak subject, not their name), {@code service:<client>} for another service,
 * {@code system} for the platform's own schedule. A command sent from a request takes the caller; every message that
 * follows from it — the events, and the commands the processes send on seeing them — inherits the actor through Axon's
 * correlation data, so a loan funded after a borrower's acceptance names the borrower, and a default found by close of
 * business names whoever closed the day.
 */
@Configuration(proxyBeanMethods = false)
class Actors {

    static final String KEY = "actor";

    @Bean
    static CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(KEY);
    }

    /** Defining a provider switches Axon's default off; the message origin (correlation and trace ids) stays. Static:
     * the providers must not wait for this class, which needs the buses they configure. */
    @Bean
    static CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Autowired
    @SuppressWarnings("unchecked")
    void stampMessages(CommandBus commands, EventBus events) {
        for (Object bus : List.of(commands, events)) {
            if (bus instanceof MessageDispatchInterceptorSupport<?> support) {
                ((MessageDispatchInterceptorSupport<Message<?>>) support).registerDispatchInterceptor(stamp());
            }
        }
    }

    private static <M extends Message<?>> MessageDispatchInterceptor<M> stamp() {
        return messages -> (BiFunction<Integer, M, M>) (index, message) ->
                message.getMetaData().containsKey(KEY) ? message : (M) message.andMetaData(Map.of(KEY, current()));
    }

    static String current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Jwt jwt) {
            String username = jwt.getClaimAsString("preferred_username");
            // Keycloak names a client's own (client-credentials) user service-account-<client>
            return username != null && username.startsWith("service-account-")
                    ? "service:" + jwt.getClaimAsString("azp")
                    : "user:" + jwt.getSubject();
        }
        return "system";
    }
}
