package io.peerlend.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** What a page does when the user's tokens can no longer be refreshed. */
class ErrorPagesTest {

    @Test
    void givenARefreshTokenSpentByTheUsersOtherTab_whenAPageNeedsAToken_thenTheyAreSignedInAgainQuietly() {
        // Keycloak rotates refresh tokens: two requests of one user refreshing at the same moment, the second loses
        ClientAuthorizationException spent = new ClientAuthorizationException(
                new OAuth2Error("invalid_grant", "Maximum allowed refresh token reuse exceeded", null), "keycloak");

        String page = new ErrorPages().signInAgain(spent);

        // Keycloak's session still lives, so the authorization request comes straight back with new tokens
        assertThat(page).isEqualTo("redirect:/oauth2/authorization/keycloak");
    }

    @Test
    void givenNoTokensYet_whenAPageNeedsThem_thenSpringSecuritysOwnRedirectHandlesIt() {
        ClientAuthorizationRequiredException required = new ClientAuthorizationRequiredException("keycloak");
        assertThatThrownBy(() -> new ErrorPages().signInAgain(required)).isSameAs(required);
    }
}
