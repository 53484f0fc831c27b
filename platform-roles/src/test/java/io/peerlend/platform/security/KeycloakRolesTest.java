package io.peerlend.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** Keycloak's realm roles become the caller's roles, the same in every service, the gateway and the web client. */
class KeycloakRolesTest {

    @Test
    void givenRealmRoles_whenMapped_thenEachIsARole() {
        assertThat(new KeycloakRoles().convert(token(Map.of("roles", List.of("borrower", "mfa-exempt-demo")))))
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_borrower", "ROLE_mfa-exempt-demo");
    }

    @Test
    void givenNoRealmRolesOrRolesOfTheWrongShape_whenMapped_thenNoRole() {
        assertThat(new KeycloakRoles().convert(token(null))).isEmpty();
        assertThat(new KeycloakRoles().convert(token(Map.of("roles", "not a list"))))
                .isEmpty();
    }

    private static Jwt token(Map<String, Object> realmAccess) {
        Jwt.Builder token = Jwt.withTokenValue("t")
                .header("alg", "none")
                .subject("u-1")
                .issuedAt(Instant.EPOCH)
                .expiresAt(Instant.EPOCH.plusSeconds(60));
        if (realmAccess != null) {
            token.claim("realm_access", realmAccess);
        }
        return token.build();
    }
}
