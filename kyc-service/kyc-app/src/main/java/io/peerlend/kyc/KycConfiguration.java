package io.peerlend.kyc;

import io.peerlend.kyc.aml.domain.AmlCase;
import io.peerlend.kyc.aml.domain.MonitoringProfile;
import io.peerlend.kyc.customers.domain.Customer;
import io.peerlend.kyc.customers.domain.OnboardingPolicy;
import io.peerlend.kyc.customers.domain.ReverificationPolicy;
import io.peerlend.kyc.customers.domain.RiskPolicy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.util.Currency;
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
        return configurer -> configurer.configureAggregate(Customer.class).configureAggregate(AmlCase.class);
    }

    @Bean
    MonitoringProfile monitoringProfile(
            @Value("${peerlend.kyc.aml.currency}") String currency,
            @Value("${peerlend.kyc.aml.large-deposit}") BigDecimal largeDeposit,
            @Value("${peerlend.kyc.aml.structuring-percent}") int structuringPercent,
            @Value("${peerlend.kyc.aml.structuring-window}") Duration structuringWindow,
            @Value("${peerlend.kyc.aml.in-and-out-window}") Duration inAndOutWindow,
            @Value("${peerlend.kyc.aml.in-and-out-percent}") int inAndOutPercent,
            @Value("${peerlend.kyc.aml.velocity-window}") Duration velocityWindow,
            @Value("${peerlend.kyc.aml.velocity-baseline}") Duration velocityBaseline,
            @Value("${peerlend.kyc.aml.velocity-factor}") int velocityFactor,
            @Value("${peerlend.kyc.aml.velocity-minimum}") BigDecimal velocityMinimum,
            @Value("${peerlend.kyc.aml.early-payoff-window}") Duration earlyPayoffWindow,
            @Value("${peerlend.kyc.aml.early-payoff-minimum}") BigDecimal earlyPayoffMinimum,
            @Value("${peerlend.kyc.aml.dormant-after}") Duration dormantAfter,
            @Value("${peerlend.kyc.aml.dormant-minimum}") BigDecimal dormantMinimum) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return new MonitoringProfile(
                largeDeposit.movePointRight(digits).longValueExact(),
                structuringPercent,
                structuringWindow,
                inAndOutWindow,
                inAndOutPercent,
                velocityWindow,
                velocityBaseline,
                velocityFactor,
                velocityMinimum.movePointRight(digits).longValueExact(),
                earlyPayoffWindow,
                earlyPayoffMinimum.movePointRight(digits).longValueExact(),
                dormantAfter,
                dormantMinimum.movePointRight(digits).longValueExact());
    }

    @Bean
    OnboardingPolicy onboardingPolicy() {
        return new OnboardingPolicy();
    }

    @Bean
    ReverificationPolicy reverificationPolicy(
            @Value("${peerlend.kyc.reverify.low:P5Y}") Period low,
            @Value("${peerlend.kyc.reverify.medium:P3Y}") Period medium,
            @Value("${peerlend.kyc.reverify.high:P1Y}") Period high) {
        return new ReverificationPolicy(low, medium, high);
    }

    @Bean
    RiskPolicy riskPolicy(
            @Value("${peerlend.kyc.high-risk-countries}") Set<String> high,
            @Value("${peerlend.kyc.increased-monitoring-countries}") Set<String> monitored) {
        return new RiskPolicy(high, monitored);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
