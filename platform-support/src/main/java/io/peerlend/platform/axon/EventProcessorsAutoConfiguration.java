package io.peerlend.platform.axon;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * How every service's event processors run on one or several instances (docs/architecture.md, "Many instances"):
 * <ul>
 *   <li>Axon's pooled streaming processors, with the segments and batch sizes of {@link ProcessorSettings}; segments
 *       are claimed through the service's shared token store, each instance holding its {@link ClusterShare}.
 *   <li>A handler that fails stops its processor at that event, which is tried again (the processor releases the
 *       segment and claims it again a few seconds later) until it succeeds: no event is skipped and no projection
 *       silently misses an update. A processor that stays stuck shows as lag.
 * </ul>
 */
@AutoConfiguration(beforeName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
@ConditionalOnClass(PooledStreamingEventProcessor.class)
public class EventProcessorsAutoConfiguration {

    @Bean
    ProcessorSettings processorSettings(Environment environment) {
        return ProcessorSettings.from(environment);
    }

    @Bean
    ClusterShare clusterShare(
            ProcessorSettings settings,
            ObjectProvider<LoadBalancerClientFactory> balancers,
            ObjectProvider<TokenStore> tokenStores,
            @Value("${spring.application.name}") String service) {
        LoadBalancerClientFactory factory = balancers.getIfAvailable();
        return new ClusterShare(
                settings,
                factory == null ? () -> 1 : new ReadyInstanceCount(factory, service),
                processor -> tokenStores.getObject().fetchSegments(processor).length);
    }

    @Bean
    ConfigurerModule eventProcessors(ProcessorSettings settings, ClusterShare share) {
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            processing
                    .usingPooledStreamingEventProcessors()
                    .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                    .registerPooledStreamingEventProcessorConfiguration((c, builder) ->
                            ProcessorSettings.DEFAULT.applyTo(builder).maxSegmentProvider(share));
            settings.processors()
                    .forEach((name, processor) -> processing.registerPooledStreamingEventProcessorConfiguration(
                            name,
                            (c, builder) -> processor
                                    .applyTo(builder)
                                    .workerExecutor(workers(c, name, processor.segmentCount()))));
        };
    }

    /** One worker thread per segment (up to four), rather than Axon's four for every processor. */
    private static ScheduledExecutorService workers(Configuration configuration, String name, int segments) {
        ScheduledExecutorService workers = Executors.newScheduledThreadPool(
                Math.min(4, segments), new AxonThreadFactory("WorkPackage[" + name + "]"));
        configuration.onShutdown(workers::shutdown);
        return workers;
    }
}
