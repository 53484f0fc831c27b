package io.peerlend.lending.secondary;

import io.peerlend.lending.loans.domain.SecondaryMarketPolicy;
import io.peerlend.platform.security.EndpointRules;
import io.peerlend.platform.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** The profile's secondary-market rules (peerlend.lending.secondary-market) and who may call what. */
@Configuration(proxyBeanMethods = false)
class SecondaryMarketConfiguration {

    @Bean
    SecondaryMarketPolicy secondaryMarketPolicy(
            @Value("${peerlend.lending.secondary-market.min-premium-bps}") int minPremiumBps,
            @Value("${peerlend.lending.secondary-market.max-premium-bps}") int maxPremiumBps,
            @Value("${peerlend.lending.secondary-market.sale-fee-bps}") int saleFeeBps,
            @Value("${peerlend.lending.secondary-market.late-parts-at-discount}") boolean latePartsAtDiscount) {
        return new SecondaryMarketPolicy(minPremiumBps, maxPremiumBps, saleFeeBps, latePartsAtDiscount);
    }

    @Bean
    EndpointRules secondaryMarketEndpoints() {
        return rules -> {
            rules.requestMatchers(HttpMethod.GET, "/api/lending/secondary-market/listings")
                    .hasRole(Roles.LENDER);
            rules.requestMatchers(HttpMethod.GET, "/api/lending/secondary-market/listings/mine")
                    .hasRole(Roles.LENDER);
            rules.requestMatchers(HttpMethod.POST, "/api/lending/secondary-market/listings")
                    .hasRole(Roles.LENDER);
            rules.requestMatchers(HttpMethod.DELETE, "/api/lending/secondary-market/listings/*")
                    .hasRole(Roles.LENDER);
            rules.requestMatchers(HttpMethod.POST, "/api/lending/secondary-market/listings/*/purchase")
                    .hasRole(Roles.LENDER);
        };
    }
}
