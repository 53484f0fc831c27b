package io.peerlend.lending.suitability;

import io.peerlend.lending.suitability.domain.LenderSuitability;
import io.peerlend.platform.security.EndpointRules;
import io.peerlend.platform.security.Roles;
import java.time.Duration;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** The lender's suitability checks: the aggregate, the profile's cooling period, and who may call what. */
@Configuration(proxyBeanMethods = false)
class SuitabilityConfiguration {

    @Bean
    ConfigurerModule lenderSuitability() {
        return configurer -> configurer.configureAggregate(LenderSuitability.class);
    }

    @Bean
    LenderSuitability.CoolingPeriod appropriatenessCoolingPeriod(
            @Value("${peerlend.lending.appropriateness.cooling-period:P1D}") Duration period) {
        return new LenderSuitability.CoolingPeriod(period);
    }

    @Bean
    EndpointRules suitabilityEndpoints() {
        return rules -> {
            rules.requestMatchers(HttpMethod.GET, "/api/lending/appropriateness/questions", "/api/lending/suitability")
                    .hasRole(Roles.LENDER);
            rules.requestMatchers(HttpMethod.POST, "/api/lending/appropriateness", "/api/lending/investor-category")
                    .hasRole(Roles.LENDER);
        };
    }
}
