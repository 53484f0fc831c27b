package io.peerlend.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Per-user rate limiting with Resilience4j: each signed-in user (token subject), or each client address for anonymous
 * public calls ({@link ClientAddress}: forwarded addresses count only from trusted proxies), gets its own limiter. Over the limit: 429 problem+json with Retry-After. The limit is per gateway
 * instance; with N instances behind a balancer a user gets at most N times the limit.
 */
@Component
class UserRateLimitFilter implements GlobalFilter, Ordered {

    private final RateLimiterConfig config;
    private final Cache<String, RateLimiter> limiters = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    private final ClientAddress clientAddress;

    UserRateLimitFilter(
            @Value("${peerlend.gateway.rate-limit.requests-per-second}") int requestsPerSecond,
            @Value("${peerlend.gateway.trusted-proxies:}") List<String> trustedProxies) {
        this.clientAddress = new ClientAddress(trustedProxies);
        this.config = RateLimiterConfig.custom()
                .limitForPeriod(requestsPerSecond)
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ZERO)
                .build();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .map(Principal::getName)
                .map(name -> "user:" + name)
                .defaultIfEmpty("address:" + clientAddress.of(exchange))
                .flatMap(key -> {
                    RateLimiter limiter = limiters.get(key, k -> RateLimiter.of(k, config));
                    if (limiter.acquirePermission()) {
                        return chain.filter(exchange);
                    }
                    exchange.getResponse().getHeaders().set("Retry-After", "1");
                    return Problems.write(
                            exchange,
                            HttpStatus.TOO_MANY_REQUESTS,
                            "Too many requests; slow down and retry after a second.");
                });
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
