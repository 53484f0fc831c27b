package io.peerlend.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Bearer tokens this instance has already verified (signature, issuer, audience, times), kept until they expire.
 *
 * <p>Why: a token's RSA signature check is the largest single cost of an authenticated request (about a quarter of the
 * gateway's and of a service's CPU under load, docs/benchmarks.md, "Where a request's time goes"), and a client sends
 * the same token with every request for its whole life. Only the exact token string that passed verification is
 * found again (the signature is part of the key), and never after its expiry, so the cache accepts nothing the full
 * check would refuse, except a token signed with a key Keycloak withdrew during the token's remaining minutes — the
 * JWKS cache in front of the full check keeps withdrawn keys for a while too. Bounded: the least recently used fall
 * out first and are simply verified again.
 */
public final class VerifiedTokens {

    /** Enough for the clients active within a token's five-minute life on one instance; about 4 KB each. */
    public static final int DEFAULT_MAXIMUM = 2_000;

    private final Clock clock;
    private final Cache<String, Jwt> verified;

    public VerifiedTokens(int maximum, Clock clock) {
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximum)
                .expireAfter(Expiry.creating((String token, Jwt jwt) -> lifeLeft(jwt)))
                .build();
    }

    public VerifiedTokens() {
        this(DEFAULT_MAXIMUM, Clock.systemUTC());
    }

    /** The token as verified before, if it was and has not expired since. */
    public Optional<Jwt> find(String token) {
        Jwt jwt = verified.getIfPresent(token);
        // the cache's own expiry runs on its own ticker; the clock decides
        return jwt != null && clock.instant().isBefore(jwt.getExpiresAt()) ? Optional.of(jwt) : Optional.empty();
    }

    /** Remembers a token that passed every check; one without an expiry is never kept. */
    public Jwt remember(Jwt jwt) {
        Instant expires = jwt.getExpiresAt();
        if (expires != null && clock.instant().isBefore(expires)) {
            verified.put(jwt.getTokenValue(), jwt);
        }
        return jwt;
    }

    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private Duration lifeLeft(Jwt jwt) {
        Duration left = Duration.between(clock.instant(), jwt.getExpiresAt());
        return left.isNegative() ? Duration.ZERO : left;
    }
}
