package io.peerlend.platform.axon;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * {@link MessageTracing} on the command bus and every event processor. Without a tracer (tests that switch tracing
 * off) the no-op one keeps the correlation id in the logs and adds nothing to messages.
 */
@AutoConfiguration(
        beforeName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
        afterName = "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration")
@ConditionalOnClass({CommandBus.class, Tracer.class})
public class MessageTracingAutoConfiguration {

    @Bean
    MessageTracing messageTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new MessageTracing(
                tracer.getIfAvailable(() -> Tracer.NOOP), propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    @Bean
    CorrelationDataProvider traceContextProvider(MessageTracing tracing) {
        return tracing.traceContext();
    }

    @Bean
    SmartInitializingSingleton tracedCommands(CommandBus commandBus, MessageTracing tracing) {
        return () -> {
            commandBus.registerDispatchInterceptor(tracing.onDispatch());
            commandBus.registerHandlerInterceptor(tracing.onHandle("command"));
        };
    }

    @Bean
    ConfigurerModule tracedEventProcessors(MessageTracing tracing) {
        return configurer -> configurer
                .eventProcessing()
                .registerDefaultHandlerInterceptor((configuration, processor) -> tracing.onHandle(processor));
    }
}
