package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A session ended at Keycloak (signed out by an administrator, or an account removed by an erasure) ends in the web
 * client at once, through OpenID Connect back-channel logout: the next page asks the user to sign in again.
 */
class WebSessionEndsIT extends EndToEndTest {

    @Test
    void when_keycloak_ends_a_users_sessions_the_web_client_forgets_them_at_once() throws Exception {
        // given a user signed in to the web client
        KeycloakRealmIT.Admin admin = KeycloakRealmIT.admin();
        String username = "session-" + UUID.randomUUID().toString().substring(0, 8);
        String id = admin.createUser(username, "borrower");
        try (Chromium browser = new Chromium(platform.gatewayUrl())) {
            browser.open("/");
            browser.logIn(username, "Correct-horse-42");
            browser.open("/app/identity");
            assertThat(browser.path()).startsWith("/app/identity");

            // when Keycloak ends their sessions
            admin.logOut(id);

            // then the web client's session has ended too: the page sends them to Keycloak to sign in
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                browser.open("/app/identity");
                assertThat(browser.find(By.id("username")).isDisplayed()).isTrue();
            });
        }
    }
}
