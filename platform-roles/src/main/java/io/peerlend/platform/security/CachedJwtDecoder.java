package io.peerlend.platform.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** A service's decoder: the full check once per token, then {@link VerifiedTokens} until the token expires. */
public final class CachedJwtDecoder implements JwtDecoder {

    private final JwtDecoder verifier;
    private final VerifiedTokens verified;

    public CachedJwtDecoder(JwtDecoder verifier, VerifiedTokens verified) {
        this.verifier = verifier;
        this.verified = verified;
    }

    @Override
    public Jwt decode(String token) {
        return verified.find(token).orElseGet(() -> verified.remember(verifier.decode(token)));
    }
}
