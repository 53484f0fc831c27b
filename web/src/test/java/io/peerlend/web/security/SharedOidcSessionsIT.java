package io.peerlend.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.infra.testing.TestStores;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * Two web instances over one PostgreSQL, as in the cluster: a user signs in on one, Keycloak's back-channel logout for
 * their Keycloak session arrives at the other, and that one finds the session to end.
 */
class SharedOidcSessionsIT {

    private static final String ISSUER = "http://localhost:8180/realms/peerlend";

    private final String schema = "oidc_it_" + UUID.randomUUID().toString().substring(0, 8);
    private SharedOidcSessions signedInHere;
    private SharedOidcSessions logoutArrivesHere;

    @BeforeEach
    void twoInstances() {
        DriverManagerDataSource plain = new DriverManagerDataSource(
                TestStores.postgres().jdbcUrl(), TestStores.postgres().username(), "");
        new JdbcTemplate(plain).execute("CREATE SCHEMA " + schema);
        new JdbcTemplate(plain).execute("CREATE TABLE " + schema + ".spring_session (session_id text PRIMARY KEY)");
        signedInHere = new SharedOidcSessions(inSchema());
        logoutArrivesHere = new SharedOidcSessions(inSchema());
    }

    private DataSource inSchema() {
        DriverManagerDataSource source = new DriverManagerDataSource(
                TestStores.postgres().jdbcUrl() + "?currentSchema=" + schema,
                TestStores.postgres().username(),
                "");
        return source;
    }

    @Test
    void givenAUserSignedInOnOneInstance_whenTheirKeycloakSessionEndsOnAnother_thenThatOneFindsTheirWebSession() {
        // given two users signed in on the first instance, each with their own Keycloak session
        signedInHere.saveSessionInformation(session("web-1", "user-a", "kc-sid-a"));
        signedInHere.saveSessionInformation(session("web-2", "user-b", "kc-sid-b"));

        // when Keycloak's logout token for the first user's session reaches the second instance
        Iterable<OidcSessionInformation> ended =
                logoutArrivesHere.removeSessionInformation(logout("user-a", "kc-sid-a"));

        // then it finds that web session, with the cookie that presents it, and only that one
        assertThat(ended).singleElement().satisfies(s -> {
            assertThat(s.getSessionId()).isEqualTo("web-1");
            assertThat(s.getAuthorities()).containsEntry("Cookie", "JSESSIONID=web-1");
            assertThat(s.getPrincipal().getSubject()).isEqualTo("user-a");
        });
        // and the same logout delivered again ends nothing more
        assertThat(logoutArrivesHere.removeSessionInformation(logout("user-a", "kc-sid-a")))
                .isEmpty();
        // and the other user stays signed in until they sign out themselves (on either instance)
        assertThat(logoutArrivesHere
                        .removeSessionInformation("web-2")
                        .getPrincipal()
                        .getSubject())
                .isEqualTo("user-b");
        assertThat(signedInHere.removeSessionInformation("web-2")).isNull();
    }

    @Test
    void givenALogoutTokenForAnotherAudienceOrIssuer_thenNoSessionEnds() {
        signedInHere.saveSessionInformation(session("web-3", "user-c", "kc-sid-c"));

        assertThat(logoutArrivesHere.removeSessionInformation(logout("user-c", "kc-sid-c", ISSUER, "another-client")))
                .isEmpty();
        assertThat(logoutArrivesHere.removeSessionInformation(
                        logout("user-c", "kc-sid-c", "http://elsewhere/realms/peerlend", "peerlend-web")))
                .isEmpty();
        // without a sid, the subject decides
        assertThat(logoutArrivesHere.removeSessionInformation(logout("user-c", null)))
                .extracting(OidcSessionInformation::getSessionId)
                .containsExactly("web-3");
    }

    private static OidcSessionInformation session(String webSession, String subject, String keycloakSession) {
        OidcIdToken token = OidcIdToken.withTokenValue("id-token-" + subject)
                .issuer(ISSUER)
                .subject(subject)
                .audience(List.of("peerlend-web"))
                .claim("sid", keycloakSession)
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300))
                .build();
        return new OidcSessionInformation(
                webSession,
                Map.of("Cookie", "JSESSIONID=" + webSession, "X-CSRF-TOKEN", "csrf-" + webSession),
                new DefaultOidcUser(List.of(), token));
    }

    private static OidcLogoutToken logout(String subject, String keycloakSession) {
        return logout(subject, keycloakSession, ISSUER, "peerlend-web");
    }

    private static OidcLogoutToken logout(String subject, String keycloakSession, String issuer, String audience) {
        OidcLogoutToken.Builder token = OidcLogoutToken.withTokenValue("logout-token")
                .issuer(issuer)
                .subject(subject)
                .audience(List.of(audience))
                .issuedAt(Instant.now())
                .jti(UUID.randomUUID().toString());
        if (keycloakSession != null) {
            token.sessionId(keycloakSession);
        }
        return token.build();
    }
}
