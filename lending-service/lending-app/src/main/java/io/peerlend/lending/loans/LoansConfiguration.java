package io.peerlend.lending.loans;

import io.peerlend.lending.CachedAggregate;
import io.peerlend.lending.calendar.Today;
import io.peerlend.lending.loans.domain.BusinessDay;
import io.peerlend.lending.loans.domain.Loan;
import io.peerlend.lending.loans.domain.ServicingPolicy;
import io.peerlend.platform.security.EndpointRules;
import io.peerlend.platform.security.Roles;
import java.util.Map;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;

/** Loans: the aggregates, the profile's servicing rules, retries of every step, and who may call what. */
@Configuration(proxyBeanMethods = false)
class LoansConfiguration {

    @Bean
    ConfigurerModule loans() {
        return configurer -> configurer.configureAggregate(CachedAggregate.of(Loan.class, 1_000));
    }

    @Bean
    ServicingPolicy servicingPolicy(
            @Value("${peerlend.lending.servicing.fee-bps:1000}") int servicingFeeBps,
            @Value("${peerlend.lending.servicing.late-fee-minor:1200}") long lateFee,
            @Value("${peerlend.lending.servicing.late-fee-after-days:14}") int lateAfter,
            @Value("${peerlend.lending.servicing.retry-days:7}") int retryDays,
            @Value("${peerlend.lending.servicing.default-missed:4}") int defaultMissed,
            @Value("${peerlend.lending.servicing.default-days:90}") int defaultDays,
            @Value("${peerlend.lending.servicing.cooling-off-days:14}") int coolingOff,
            @Value("${peerlend.lending.servicing.provision-fund}") boolean fund,
            Environment environment) {
        Map<String, Integer> provisionBps = fund
                ? Binder.get(environment)
                        .bind("peerlend.lending.servicing.provision-bps", Bindable.mapOf(String.class, Integer.class))
                        .get()
                : Map.of();
        return new ServicingPolicy(
                servicingFeeBps,
                lateFee,
                lateAfter,
                retryDays,
                defaultMissed,
                defaultDays,
                coolingOff,
                fund,
                provisionBps);
    }

    @Bean
    BusinessDay businessDay(Today today) {
        return today::date;
    }

    @Bean
    EndpointRules loanEndpoints() {
        return rules -> {
            rules.requestMatchers(HttpMethod.GET, "/api/lending/loans").hasRole(Roles.BORROWER);
            rules.requestMatchers(HttpMethod.GET, "/api/lending/loans/*")
                    .hasAnyRole(Roles.BORROWER, Roles.OPS, Roles.OPS_SUPERVISOR);
            rules.requestMatchers(HttpMethod.GET, "/api/lending/loans/*/payoff").hasRole(Roles.BORROWER);
            rules.requestMatchers(HttpMethod.POST, "/api/lending/loans/*/repayments", "/api/lending/loans/*/withdrawal")
                    .hasRole(Roles.BORROWER);
            rules.requestMatchers(HttpMethod.POST, "/api/lending/ops/loans/*/recoveries/*/approval")
                    .hasRole(Roles.OPS_SUPERVISOR);
            rules.requestMatchers("/api/lending/ops/loans/**", "/api/lending/ops/close-of-business")
                    .hasAnyRole(Roles.OPS, Roles.OPS_SUPERVISOR);
        };
    }
}
