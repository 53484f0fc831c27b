package io.peerlend.infra.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * A token issuer for tests of real token checking: an RSA key served as a JWKS over HTTP (as Keycloak serves the
 * realm's), and tokens signed with it, well-formed or broken in one way each (expired, another issuer, another
 * audience). A service or the gateway pointed at it checks real signatures, expiry, issuer and audience.
 */
public final class TestIssuer implements AutoCloseable {

    public static final String ISSUER = "http://test-issuer.peerlend.invalid/realms/peerlend";
    private final RSAKey key;
    private final HttpServer server;

    public TestIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-key").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/certs", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        server.start();
    }

    public String jwkSetUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/certs";
    }

    /**
     * The settings that point Spring's resource server (a service's or the gateway's) at this issuer:
     * {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} and {@code …issuer-uri}.
     */
    public Map<String, String> resourceServerProperties() {
        return Map.of(
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                jwkSetUri(),
                "spring.security.oauth2.resourceserver.jwt.issuer-uri",
                ISSUER);
    }

    /** A proper token for the subject with these realm roles, valid for five minutes. */
    public String token(String subject, String... roles) {
        return sign(claims(subject, ISSUER, "peerlend-api", Instant.now().plus(Duration.ofMinutes(5)), roles));
    }

    /** The same, expired ten minutes ago (beyond any clock skew allowed). */
    public String expired(String subject, String... roles) {
        return sign(claims(subject, ISSUER, "peerlend-api", Instant.now().minus(Duration.ofMinutes(10)), roles));
    }

    /** Signed with the right key, but naming another issuer. */
    public String fromAnotherIssuer(String subject, String... roles) {
        return sign(claims(
                subject,
                "http://elsewhere.invalid/realms/peerlend",
                "peerlend-api",
                Instant.now().plus(Duration.ofMinutes(5)),
                roles));
    }

    /** Signed with the right key, for another audience. */
    public String forAnotherAudience(String subject, String... roles) {
        return sign(claims(subject, ISSUER, "another-api", Instant.now().plus(Duration.ofMinutes(5)), roles));
    }

    private static JWTClaimsSet claims(
            String subject, String issuer, String audience, Instant expires, String... roles) {
        return new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(issuer)
                .audience(audience)
                .issueTime(Date.from(expires.minus(Duration.ofMinutes(5))))
                .expirationTime(Date.from(expires))
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .build();
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
