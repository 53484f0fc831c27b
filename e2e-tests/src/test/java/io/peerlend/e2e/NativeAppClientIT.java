package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.peerlend.e2e.KeycloakRealmIT.Browser;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A native app signs in as RFC 8252 says (docs/api.md, "Native apps"): the system browser opens Keycloak's page with a
 * PKCE challenge, Keycloak redirects to the app's private-use URI scheme with a code, the app exchanges it with its
 * verifier, calls the API through the gateway, and refreshes with a refresh token that is good once only.
 */
class NativeAppClientIT extends EndToEndTest {

    static final String APP = "peerlend-mobile";
    static final String APP_REDIRECT = "io.peerlend.app:/oauth2redirect";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void givenTheApp_whenABorrowerSignsInWithPkce_thenItCallsTheApiAndEachRefreshTokenWorksOnce() throws Exception {
        // given the system browser on Keycloak's login page for the app
        Browser browser = new Browser(APP, APP_REDIRECT);
        HttpResponse<String> afterLogin = browser.login("borrower1", "borrower1");

        // then Keycloak sends the browser back to the app's own scheme, with a code and the state it was given
        String location = afterLogin.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(APP_REDIRECT + "?").contains("state=st");
        String code = query(location, "code");

        // when the app exchanges the code with its verifier, it gets tokens for the API
        JsonNode tokens = token(Map.of(
                "grant_type", "authorization_code",
                "client_id", APP,
                "code", code,
                "redirect_uri", APP_REDIRECT,
                "code_verifier", browser.verifier()));
        assertThat(Api.claims(tokens.path("access_token").asText()).path("aud").toString())
                .contains("peerlend-api");
        assertThat(api.get(
                                "/api/lending/applications",
                                tokens.path("access_token").asText())
                        .status())
                .isEqualTo(200);

        // a refresh gives a new refresh token; the one used is spent, and using it again is refused
        String first = tokens.path("refresh_token").asText();
        JsonNode refreshed = refresh(APP, first);
        String second = refreshed.path("refresh_token").asText();
        assertThat(second).isNotBlank().isNotEqualTo(first);
        HttpResponse<String> replay = tokenResponse(refreshForm(APP, first));
        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(replay.body()).contains("invalid_grant");
    }

    @Test
    void givenTheApp_whenItAsksWithoutPkceOrForAnotherRedirect_thenKeycloakRefuses() throws Exception {
        Browser browser = new Browser(APP, APP_REDIRECT);
        HttpResponse<String> noPkce = browser.get(platform.issuerUri() + "/protocol/openid-connect/auth?client_id="
                + APP + "&response_type=code&scope=openid&state=s&redirect_uri="
                + KeycloakRealmIT.enc(APP_REDIRECT));
        assertThat(noPkce.headers().firstValue("Location").orElse(""))
                .startsWith(APP_REDIRECT)
                .contains("error=invalid_request");

        // a page posing as the app may not receive its codes
        Browser impostor = new Browser(APP, "https://attacker.example/callback");
        HttpResponse<String> elsewhere = impostor.get(impostor.authorizationUrl("auth"));
        assertThat(elsewhere.statusCode()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("Invalid parameter: redirect_uri");

        // and no password grant: the app never sees the password
        HttpResponse<String> password = tokenResponse(
                Map.of("grant_type", "password", "client_id", APP, "username", "borrower1", "password", "borrower1"));
        assertThat(password.statusCode()).isIn(400, 401);
    }

    private static JsonNode refresh(String client, String refreshToken) throws Exception {
        return token(refreshForm(client, refreshToken));
    }

    private static Map<String, String> refreshForm(String client, String refreshToken) {
        return Map.of("grant_type", "refresh_token", "client_id", client, "refresh_token", refreshToken);
    }

    private static JsonNode token(Map<String, String> form) throws Exception {
        HttpResponse<String> response = tokenResponse(form);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> tokenResponse(Map<String, String> form) throws Exception {
        return new Browser().post(platform.issuerUri() + "/protocol/openid-connect/token", form);
    }

    private static String query(String url, String name) {
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + url);
    }
}
