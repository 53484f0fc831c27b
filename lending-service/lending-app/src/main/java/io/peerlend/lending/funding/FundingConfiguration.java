package io.peerlend.lending.funding;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A failing funding step goes back to the processor, which retries the event rather than skipping it. */
@Configuration(proxyBeanMethods = false)
class FundingConfiguration {

    @Bean
    ConfigurerModule fundingRetries() {
        return configurer -> configurer
                .eventProcessing()
                .registerListenerInvocationErrorHandler(FundingProcess.GROUP, c -> PropagatingErrorHandler.instance());
    }
}
