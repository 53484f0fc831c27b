package io.peerlend.lending.quotes;

import io.peerlend.lending.quotes.domain.FeePolicy;
import io.peerlend.lending.quotes.domain.PreContractTerms;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Quotes: the profile's fee policy and pre-contract terms, and the quote step's retries. */
@Configuration(proxyBeanMethods = false)
class QuotesConfiguration {

    /** The profile's origination fee by grade ({@code peerlend.lending.fees.origination-bps}). */
    @Bean
    FeePolicy feePolicy(Environment environment) {
        return new FeePolicy(Binder.get(environment)
                .bind("peerlend.lending.fees.origination-bps", Bindable.mapOf(String.class, Integer.class))
                .get());
    }

    /** The pre-contract sentences as the profile words them ({@code peerlend.lending.terms}). */
    @Bean
    PreContractTerms preContractTerms(
            @Value("${peerlend.lending.terms.missed-payments}") String missedPayments,
            @Value("${peerlend.lending.terms.default}") String defaultRule,
            @Value("${peerlend.lending.terms.withdrawal}") String withdrawal,
            @Value("${peerlend.lending.terms.early-repayment}") String earlyRepayment) {
        return new PreContractTerms(missedPayments, defaultRule, withdrawal, earlyRepayment);
    }
}
