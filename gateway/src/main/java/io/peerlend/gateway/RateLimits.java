package io.peerlend.gateway;

import reactor.core.publisher.Mono;

/** Whether a caller (a user, or an anonymous client address) may make one more request now. */
interface RateLimits {

    Mono<Boolean> tryAcquire(String caller);
}
