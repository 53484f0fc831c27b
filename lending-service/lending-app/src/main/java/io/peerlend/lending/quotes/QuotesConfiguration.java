package io.peerlend.lending.quotes;

import io.peerlend.lending.quotes.domain.FeePolicy;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Quotes: the profile's fee policy and the quote step's retries. */
@Configuration(proxyBeanMethods = false)
class QuotesConfiguration {

    @Bean
    FeePolicy feePolicy() {
        return FeePolicy.UK;
    }

    @Bean
    ConfigurerModule quoteRetries() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(QuoteProcess.GROUP, c -> PropagatingErrorHandler.instance());
    }
}
