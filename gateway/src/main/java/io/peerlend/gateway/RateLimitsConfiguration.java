package io.peerlend.gateway;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Which {@link RateLimits} the gateway keeps: shared in PostgreSQL when {@code peerlend.gateway.rate-limit.store.url}
 * names a database (the launcher and every cluster: several gateway instances), otherwise in memory (a gateway alone,
 * as in its own tests).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RateLimitsConfiguration {

    private static final String SHARED = "!'${peerlend.gateway.rate-limit.store.url:}'.isEmpty()";

    @Bean
    @ConditionalOnExpression(SHARED)
    SharedRateLimits sharedRateLimits(
            @Value("${peerlend.gateway.rate-limit.requests-per-second}") int requestsPerSecond,
            @Value("${peerlend.gateway.rate-limit.store.url}") String url,
            @Value("${peerlend.gateway.rate-limit.store.username:}") String username,
            @Value("${peerlend.gateway.rate-limit.store.password:}") String password) {
        HikariDataSource store = new HikariDataSource();
        store.setJdbcUrl(url);
        store.setUsername(username);
        store.setPassword(password);
        store.setMaximumPoolSize(8);
        store.setPoolName("rate-limits");
        return new SharedRateLimits(store, requestsPerSecond);
    }

    @Bean
    @ConditionalOnExpression("!(" + SHARED + ")")
    LocalRateLimits localRateLimits(
            @Value("${peerlend.gateway.rate-limit.requests-per-second}") int requestsPerSecond) {
        return new LocalRateLimits(requestsPerSecond);
    }
}
