package io.peerlend.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

/** Keycloak's realm roles become the user's roles in the web client, as in every service. */
class WebSecurityTest {

    @Test
    void givenRealmRoles_whenMapped_thenEachIsARole() {
        assertThat(WebSecurity.realmRoles(Map.of("roles", List.of("borrower", "mfa-exempt-demo"))))
                .extracting(GrantedAuthority::getAuthority).containsExactlyInAnyOrder("ROLE_borrower",
                        "ROLE_mfa-exempt-demo");
        assertThat(WebSecurity.realmRoles(null)).isEmpty();
        assertThat(WebSecurity.realmRoles(Map.of("roles", "not a list"))).isEmpty();
    }
}
