package io.peerlend.lending.pricing;

import io.peerlend.lending.loans.domain.ServicingPolicy;
import io.peerlend.lending.pricing.domain.PricingPolicy;
import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The profile's pricing assumptions (lending-uk.yml, lending-cn.yml: peerlend.lending.pricing). */
@Configuration(proxyBeanMethods = false)
class PricingConfiguration {

    @Bean
    PricingPolicy pricingPolicy(
            @Value("${peerlend.lending.pricing.guidance-margin-bps}") int marginBps,
            @Value("${peerlend.lending.pricing.assumed-loss-given-default}") BigDecimal assumedLossGivenDefault,
            ServicingPolicy servicing) {
        return new PricingPolicy(marginBps, assumedLossGivenDefault, servicing.servicingFeeBps());
    }
}
