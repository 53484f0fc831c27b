package io.peerlend.lending.markets;

import static io.peerlend.lending.Snapshots.SNAPSHOT_EVERY;

import io.peerlend.lending.CachedAggregate;
import io.peerlend.lending.Snapshots;
import io.peerlend.lending.markets.domain.Market;
import io.peerlend.lending.markets.domain.MarketPolicy;
import io.peerlend.lending.product.LoanPartPolicy;
import io.peerlend.platform.security.EndpointRules;
import io.peerlend.platform.security.Roles;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Markets: the aggregate, the profile's market rules, the offer steps' retries, and who may call what. */
@Configuration(proxyBeanMethods = false)
class MarketsConfiguration {

    @Bean
    ConfigurerModule markets() {
        // Each market is one hot aggregate, cached (see CachedAggregate). (A retrying command gateway was tried and
        // removed: a retry runs on another thread while the event handler that sent the command still holds the
        // aggregate's lock.)
        return configurer -> configurer.configureAggregate(
                Snapshots.every(SNAPSHOT_EVERY, Market.class, CachedAggregate.of(Market.class, 200)));
    }

    @Bean
    MarketPolicy marketPolicy(@Value("${peerlend.lending.markets.rate-floor-bps}") int floor, LoanPartPolicy parts) {
        return new MarketPolicy(floor, parts);
    }

    @Bean
    EndpointRules marketEndpoints() {
        return rules -> {
            rules.requestMatchers(HttpMethod.GET, "/public/lending/markets").permitAll();
            rules.requestMatchers(HttpMethod.POST, "/api/lending/offers").hasRole(Roles.LENDER);
            rules.requestMatchers(HttpMethod.GET, "/api/lending/offers").hasRole(Roles.LENDER);
            rules.requestMatchers(HttpMethod.DELETE, "/api/lending/offers/*").hasRole(Roles.LENDER);
        };
    }
}
