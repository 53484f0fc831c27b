package io.peerlend.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import reactor.core.publisher.Mono;

/** A token is verified in full once, then found again until it expires; nothing else is ever taken for it. */
class VerifiedTokensTest {

    private static final String TOKEN = "header.payload.signature";
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    private final MovableClock clock = new MovableClock(NOW);
    private final List<String> fullChecks = new ArrayList<>();
    /** The full check: accepts only TOKEN, valid for five minutes from NOW. */
    private final JwtDecoder verifier = token -> {
        fullChecks.add(token);
        if (!token.equals(TOKEN)) {
            throw new BadJwtException("signature does not match");
        }
        return Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject("borrower-1")
                .issuedAt(NOW)
                .expiresAt(NOW.plus(Duration.ofMinutes(5)))
                .build();
    };

    private final JwtDecoder decoder = new CachedJwtDecoder(verifier, new VerifiedTokens(10, clock));

    @Test
    void givenAVerifiedToken_whenItComesAgain_thenItIsNotVerifiedAgain() {
        decoder.decode(TOKEN);

        Jwt again = decoder.decode(TOKEN);

        assertThat(again.getSubject()).isEqualTo("borrower-1");
        assertThat(fullChecks).containsExactly(TOKEN);
    }

    @Test
    void givenAVerifiedToken_whenItHasExpired_thenItIsCheckedInFullAgain() {
        decoder.decode(TOKEN);
        clock.now = NOW.plus(Duration.ofMinutes(5));

        decoder.decode(TOKEN);

        assertThat(fullChecks).containsExactly(TOKEN, TOKEN);
    }

    @Test
    void givenAVerifiedToken_whenAnotherDiffersOnlyInItsSignature_thenThatOneIsCheckedAndRefused() {
        decoder.decode(TOKEN);

        assertThatThrownBy(() -> decoder.decode(TOKEN + "x")).isInstanceOf(BadJwtException.class);
        assertThat(fullChecks).containsExactly(TOKEN, TOKEN + "x");
    }

    @Test
    void givenARefusedToken_whenItComesAgain_thenItIsCheckedAndRefusedAgain() {
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(fullChecks).containsExactly("forged", "forged");
    }

    @Test
    void givenMoreTokensThanTheBound_thenTheCacheHoldsNoMoreThanTheBound() {
        VerifiedTokens tokens = new VerifiedTokens(3, clock);

        for (int i = 0; i < 10; i++) {
            tokens.remember(Jwt.withTokenValue("t" + i)
                    .header("alg", "RS256")
                    .expiresAt(NOW.plusSeconds(60))
                    .build());
        }

        assertThat(tokens.size()).isLessThanOrEqualTo(3);
    }

    @Test
    void givenTheGatewaysDecoder_whenAVerifiedTokenComesAgain_thenItIsNotVerifiedAgain() {
        CachedReactiveJwtDecoder reactive = new CachedReactiveJwtDecoder(
                token -> Mono.fromCallable(() -> verifier.decode(token)), new VerifiedTokens(10, clock));

        reactive.decode(TOKEN).block();
        Jwt again = reactive.decode(TOKEN).block();

        assertThat(again.getSubject()).isEqualTo("borrower-1");
        assertThat(fullChecks).containsExactly(TOKEN);
        assertThatThrownBy(() -> reactive.decode("forged").block()).isInstanceOf(BadJwtException.class);
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
