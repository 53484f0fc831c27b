package io.peerlend.lending;

import io.peerlend.lending.applications.domain.BorrowerExposure;
import io.peerlend.lending.applications.domain.LoanApplication;
import io.peerlend.lending.calendar.domain.BusinessCalendar;
import io.peerlend.lending.product.Amounts;
import io.peerlend.lending.product.BorrowingCap;
import io.peerlend.lending.product.LoanPartPolicy;
import io.peerlend.lending.product.LoanProductPolicy;
import java.time.Clock;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Spring-free domain into Axon and Spring. */
@Configuration(proxyBeanMethods = false)
class LendingConfiguration {

    /** Registered here rather than with Axon's Spring stereotype, so the domain package stays free of Spring. */
    @Bean
    ConfigurerModule lendingAggregates() {
        return configurer -> configurer
                .configureAggregate(CachedAggregate.of(LoanApplication.class, 2_000))
                .configureAggregate(BusinessCalendar.class)
                .configureAggregate(CachedAggregate.of(BorrowerExposure.class, 2_000));
    }

    @Bean
    LoanProductPolicy loanProductPolicy(
            @Value("${peerlend.lending.currency}") String currency,
            @Value("${peerlend.lending.min-amount}") String minAmount,
            @Value("${peerlend.lending.max-amount}") String maxAmount) {
        return new LoanProductPolicy(
                currency, Amounts.toMinor(minAmount, currency), Amounts.toMinor(maxAmount, currency));
    }

    @Bean
    BorrowingCap borrowingCap(
            @Value("${peerlend.lending.currency}") String currency,
            @Value("${peerlend.lending.borrowing-cap}") String cap) {
        return new BorrowingCap(Amounts.toMinor(cap, currency), currency);
    }

    @Bean
    LoanPartPolicy loanPartPolicy(
            @Value("${peerlend.lending.currency}") String currency,
            @Value("${peerlend.lending.parts.minimum}") String minimum,
            @Value("${peerlend.lending.parts.maximum-share-per-mille}") int share) {
        return new LoanPartPolicy(Amounts.toMinor(minimum, currency), share);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
