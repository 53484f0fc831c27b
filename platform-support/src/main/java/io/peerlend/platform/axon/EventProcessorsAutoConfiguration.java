package io.peerlend.platform.axon;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * How every service's event processors run on one or several instances (docs/architecture.md, "Many instances"):
 * <ul>
 *   <li>A processor with more than one segment ({@link ProcessorSettings}) is Axon's pooled streaming processor: its
 *       segments are claimed through the service's shared token store, each instance holding its
 *       {@link ClusterShare}. Every other processor is a tracking processor with one segment, which one instance holds
 *       and another takes over when its claim lapses: it wakes as soon as an event is stored, where the pooled one,
 *       on this event store (whose streams give no availability callback), looks again every half second when idle,
 *       which a user would see as a page that lags behind what they just did.
 *   <li>A handler that fails stops its processor at that event, which is tried again until it succeeds: no event is
 *       skipped and no projection silently misses an update. A processor that stays stuck shows as lag.
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
            @Value("${spring.application.name}") String service,
            @Value("${peerlend.cluster.peers:}") String peers) {
        LoadBalancerClientFactory factory = balancers.getIfAvailable();
        // in Kubernetes the ready pods behind a headless Service; locally the load balancer's ready instances
        IntSupplier readyInstances = !peers.isBlank()
                ? new PeerAddressCount(peers)
                : factory == null ? () -> 1 : new ReadyInstanceCount(factory, service);
        return new ClusterShare(
                settings, readyInstances, processor -> tokenStores.getObject().fetchSegments(processor).length);
    }

    /** Each processor's lag and segments as metrics ({@link ProcessorMetrics}), once the processors exist. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> eventProcessorMetrics(
            ObjectProvider<EventProcessingConfiguration> processing,
            ObjectProvider<EventStorageEngine> eventStorage,
            ObjectProvider<StoredTokens> storedTokens,
            ObjectProvider<MeterRegistry> meters) {
        return ready -> {
            EventProcessingConfiguration processors = processing.getIfAvailable();
            EventStorageEngine store = eventStorage.getIfAvailable();
            MeterRegistry registry = meters.getIfAvailable();
            if (processors != null && store != null && registry != null) {
                new ProcessorMetrics(store, storedTokens.getIfAvailable(), Clock.systemUTC())
                        .bindTo(processors, registry);
            }
        };
    }

    @Bean
    ConfigurerModule eventProcessors(ProcessorSettings settings, ClusterShare share) {
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            processing
                    .usingTrackingEventProcessors()
                    .registerTrackingEventProcessorConfiguration(c -> trackingProcessor(1))
                    .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
            settings.processors().forEach((name, processor) -> {
                if (processor.segmentCount() > 1) {
                    processing.registerPooledStreamingEventProcessor(
                            name,
                            Configuration::eventStore,
                            (c, builder) -> processor
                                    .applyTo(builder)
                                    .maxSegmentProvider(share)
                                    .workerExecutor(workers(c, name, processor.segmentCount())));
                } else {
                    processing.registerTrackingEventProcessorConfiguration(
                            name, c -> trackingProcessor(processor.batchSizeOrOne()));
                }
            });
        };
    }

    /**
     * A tracking processor that, when no event comes, waits {@link #IDLE_WAIT} before looking again and extending its
     * claim, instead of Axon's one second. An event stored meanwhile wakes it at once (the event store's consumer is
     * signalled), so only the idle claim extensions become rarer: each is a write to the token store, and with some
     * twenty-five tracking processors per service those writes were the read side's largest load at rest (about 26 a
     * second from the lending service alone; docs/benchmarks.md, "Where a request's time goes"). The claim lapses
     * after ten seconds (the token store's default), so a claim is still extended well before another instance may
     * take it. On shutdown an idle worker is interrupted after a second rather than Axon's five (it would otherwise
     * sit out its wait: a JVM closing many contexts, as a test run does, took over 30 s to exit); a batch cut short
     * that way is rolled back and handled again after the restart, as after any failure.
     */
    private static TrackingEventProcessorConfiguration trackingProcessor(int batchSize) {
        return TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                .andBatchSize(batchSize)
                .andEventAvailabilityTimeout(IDLE_WAIT.toMillis(), TimeUnit.MILLISECONDS)
                .andWorkerTerminationTimeout(1, TimeUnit.SECONDS);
    }

    /** How long an idle tracking processor waits for an event before it looks again and extends its claim. */
    static final Duration IDLE_WAIT = Duration.ofSeconds(4);

    /** One worker thread per segment (up to four), rather than Axon's four for every processor. */
    private static ScheduledExecutorService workers(Configuration configuration, String name, int segments) {
        ScheduledExecutorService workers = Executors.newScheduledThreadPool(
                Math.min(4, segments), new AxonThreadFactory("WorkPackage[" + name + "]"));
        configuration.onShutdown(workers::shutdown);
        return workers;
    }
}
