package io.peerlend.lending.provisionfund;

import static io.peerlend.lending.Snapshots.SNAPSHOT_EVERY;

import io.peerlend.lending.Snapshots;
import io.peerlend.lending.provisionfund.domain.ProvisionFund;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The provision fund: its aggregate, and its process retried on failure rather than skipped. */
@Configuration(proxyBeanMethods = false)
class ProvisionFundConfiguration {

    @Bean
    ConfigurerModule provisionFund() {
        return configurer -> configurer.configureAggregate(Snapshots.every(
                SNAPSHOT_EVERY, ProvisionFund.class, AggregateConfigurer.defaultConfiguration(ProvisionFund.class)));
    }
}
