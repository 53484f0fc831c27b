package io.peerlend.kyc;

import io.peerlend.kyc.customers.domain.Customer;
import io.peerlend.kyc.customers.domain.OnboardingPolicy;
import io.peerlend.kyc.customers.domain.ReverificationPolicy;
import io.peerlend.kyc.customers.domain.RiskPolicy;
import java.time.Clock;
import java.time.Period;
import java.util.Set;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wires the Spring-free domain into Axon and Spring; the jurisdiction profile's KYC rules come from configuration. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class KycConfiguration {

    @Bean
    ConfigurerModule kycAggregates() {
        return configurer -> configurer.configureAggregate(Customer.class);
    }

    @Bean
    OnboardingPolicy onboardingPolicy() {
        return new OnboardingPolicy();
    }

    @Bean
    ReverificationPolicy reverificationPolicy(@Value("${peerlend.kyc.reverify.low:P5Y}") Period low,
                                              @Value("${peerlend.kyc.reverify.medium:P3Y}") Period medium,
                                              @Value("${peerlend.kyc.reverify.high:P1Y}") Period high) {
        return new ReverificationPolicy(low, medium, high);
    }

    @Bean
    RiskPolicy riskPolicy(@Value("${peerlend.kyc.high-risk-countries}") Set<String> high,
                          @Value("${peerlend.kyc.increased-monitoring-countries}") Set<String> monitored) {
        return new RiskPolicy(high, monitored);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
