package io.peerlend.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.junit.jupiter.api.Test;

/** Commands are timed per type; event processors, which see every event in the store, are not monitored. */
class AxonMetricsAutoConfigurationTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Configuration axon = configured();

    @Test
    void givenTheModule_whenAProcessorIsOfferedAnEvent_thenNothingIsMeasured() {
        var processorMonitor = axon.messageMonitor(TrackingEventProcessor.class, "lending-money");
        var pooledMonitor = axon.messageMonitor(PooledStreamingEventProcessor.class, "lending-quotes");

        processorMonitor
                .onMessageIngested(GenericEventMessage.asEventMessage("a part lent"))
                .reportIgnored();

        assertThat(processorMonitor).isSameAs(NoOpMessageMonitor.instance());
        assertThat(pooledMonitor).isSameAs(NoOpMessageMonitor.instance());
        assertThat(meters.getMeters()).noneMatch(m -> m.getId().getName().startsWith("eventProcessor"));
    }

    @Test
    void givenTheModule_whenACommandIsHandled_thenItIsTimedUnderItsType() {
        var commandMonitor = axon.messageMonitor(SimpleCommandBus.class, "commandBus");

        commandMonitor
                .onMessageIngested(GenericCommandMessage.asCommandMessage("lend"))
                .reportSuccess();

        assertThat(meters.find("commandBus.successTimer")
                        .tag("payloadType", "String")
                        .timer())
                .isNotNull()
                .satisfies(timer -> assertThat(timer.count()).isEqualTo(1));
    }

    private Configuration configured() {
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false);
        new AxonMetricsAutoConfiguration()
                .metricsConfigurerModule(new GlobalMetricRegistry(meters))
                .configureModule(configurer);
        return configurer.buildConfiguration();
    }
}
