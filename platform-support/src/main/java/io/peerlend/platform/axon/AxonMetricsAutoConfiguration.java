package io.peerlend.platform.axon;

import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Axon's Micrometer monitors for the command bus and the event store (per message type), but none on event processors.
 *
 * <p>Why: a processor's monitor runs for every event in the store, handled or not — each service's twenty-odd processors
 * each count, time and report as ignored every loan part's event — and, per message type, looks its meters up in the
 * registry every time: about a tenth of the lending service's CPU under load and some 4,000 series in one scrape
 * (docs/benchmarks.md, "Where a request's time goes"). Processors are watched through the platform's own
 * {@code peerlend_axon_processor_*} lag, segments and failing segments ({@link ProcessorMetrics}), which the alerts
 * use; a handler's time is in its trace span.
 */
@AutoConfiguration(
        beforeName = {
            "org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration",
            "org.axonframework.springboot.autoconfig.AxonAutoConfiguration"
        })
@ConditionalOnClass(MetricsConfigurerModule.class)
public class AxonMetricsAutoConfiguration {

    /** Takes the place of Axon's own module (which it declares only when none is there). */
    @Bean
    MetricsConfigurerModule metricsConfigurerModule(GlobalMetricRegistry registry) {
        return new MetricsConfigurerModule(registry, true) {
            @Override
            public void configureModule(Configurer configurer) {
                configurer.configureMessageMonitor(
                        c -> (componentType, componentName) -> monitor(registry, componentType, componentName));
            }
        };
    }

    @SuppressWarnings("unchecked") // as Axon's own module does: a monitor of some kind of message, used for its kind
    private static MessageMonitor<Message<?>> monitor(
            GlobalMetricRegistry registry, Class<?> componentType, String componentName) {
        return EventProcessor.class.isAssignableFrom(componentType)
                ? NoOpMessageMonitor.instance()
                : (MessageMonitor<Message<?>>) registry.registerComponentWithDefaultTags(componentType, componentName);
    }
}
