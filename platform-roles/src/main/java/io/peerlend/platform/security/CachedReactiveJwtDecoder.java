package io.peerlend.platform.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/** The gateway's decoder: the full check once per token, then {@link VerifiedTokens} until the token expires. */
public final class CachedReactiveJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifier;
    private final VerifiedTokens verified;

    public CachedReactiveJwtDecoder(ReactiveJwtDecoder verifier, VerifiedTokens verified) {
        this.verifier = verifier;
        this.verified = verified;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        return verified.find(token)
                .map(Mono::just)
                .orElseGet(() -> Mono.defer(() -> verifier.decode(token)).map(verified::remember));
    }
}
