package io.peerlend.gateway;

import java.security.Principal;
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
 * Per-user rate limiting: each signed-in user (token subject), or each client address for anonymous public calls
 * ({@link ClientAddress}: forwarded addresses count only from trusted proxies), gets its own limit, kept by
 * {@link RateLimits} (shared by all gateway instances in PostgreSQL when a store is configured, in this instance's
 * memory otherwise). Over the limit: 429 problem+json with Retry-After.
 */
@Component
class UserRateLimitFilter implements GlobalFilter, Ordered {

    private final RateLimits limits;
    private final ClientAddress clientAddress;

    UserRateLimitFilter(RateLimits limits, @Value("${peerlend.gateway.trusted-proxies:}") List<String> trustedProxies) {
        this.limits = limits;
        this.clientAddress = new ClientAddress(trustedProxies);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .map(Principal::getName)
                .map(name -> "user:" + name)
                .defaultIfEmpty("address:" + clientAddress.of(exchange))
                .flatMap(limits::tryAcquire)
                .flatMap(allowed -> {
                    if (allowed) {
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
