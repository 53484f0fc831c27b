package io.peerlend.gateway;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker sends a call when the service is down, slow or its breaker is open: an honest 503,
 * never a fake success. The client may retry later; requests that move money carry idempotency keys.
 */
@RestController
class FallbackController {

    @RequestMapping("/fallback/{service}")
    Mono<Void> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set("Retry-After", "10");
        return Problems.write(
                exchange,
                HttpStatus.SERVICE_UNAVAILABLE,
                "The " + service + " service is unavailable at the moment. Nothing was changed by this request "
                        + "unless it was already received; retry later with the same idempotency key.");
    }
}
