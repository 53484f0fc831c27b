package io.peerlend.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * Limits kept in this gateway instance's memory (Resilience4j, one limiter per caller): for a gateway running alone, as
 * in its own tests. Behind a balancer, N instances would each allow the limit, so the platform's launcher and a cluster
 * configure {@link SharedRateLimits}.
 */
final class LocalRateLimits implements RateLimits {

    private final RateLimiterConfig config;
    private final Cache<String, RateLimiter> limiters = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    LocalRateLimits(int requestsPerSecond) {
        this.config = RateLimiterConfig.custom()
                .limitForPeriod(requestsPerSecond)
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ZERO)
                .build();
    }

    @Override
    public Mono<Boolean> tryAcquire(String caller) {
        return Mono.just(limiters.get(caller, k -> RateLimiter.of(k, config)).acquirePermission());
    }
}
