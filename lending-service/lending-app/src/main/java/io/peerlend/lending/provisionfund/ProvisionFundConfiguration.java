package io.peerlend.lending.provisionfund;

import io.peerlend.lending.provisionfund.domain.ProvisionFund;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The provision fund: its aggregate, and its process retried on failure rather than skipped. */
@Configuration(proxyBeanMethods = false)
class ProvisionFundConfiguration {

    @Bean
    ConfigurerModule provisionFund() {
        return configurer -> configurer
                .configureAggregate(ProvisionFund.class)
                .eventProcessing()
                .registerListenerInvocationErrorHandler(
                        ProvisionFundProcess.GROUP, c -> PropagatingErrorHandler.instance());
    }
}
