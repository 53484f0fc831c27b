package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The realm's security rules, exercised through Keycloak's own login pages over HTTP as a browser would:
 * PKCE, TOTP for staff, self-registration, brute-force protection, and the API audience.
 */
class KeycloakRealmIT extends EndToEndTest {

    static String redirectUri;

    @BeforeAll
    static void callback() {
        redirectUri = platform.gatewayUrl() + "/callback";
    }

    @Test
    void a_borrower_signs_in_with_a_password_alone() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> afterLogin = browser.login("borrower1", "borrower1");
        assertThat(afterLogin.statusCode()).isEqualTo(302);
        assertThat(afterLogin.headers().firstValue("Location").orElseThrow())
                .startsWith(redirectUri)
                .contains("code=");
    }

    @Test
    void the_development_demo_staff_users_are_exempt_from_the_one_time_password() throws Exception {
        for (String demo : new String[] {"ops1", "supervisor1", "regulator1"}) {
            HttpResponse<String> afterLogin = new Browser().login(demo, demo);
            assertThat(afterLogin.headers().firstValue("Location").orElse(""))
                    .as(demo)
                    .startsWith(redirectUri)
                    .contains("code=");
        }
    }

    @Test
    void a_new_operations_user_must_set_up_a_one_time_password_before_getting_in() throws Exception {
        String username = "ops-" + UUID.randomUUID().toString().substring(0, 8);
        admin().createUser(username, "ops");
        HttpResponse<String> afterPassword =
                new Browser().loginFollowingKeycloakRedirects(username, "Correct-horse-42");
        // no code for the web client: Keycloak asks for the authenticator app set-up instead
        assertThat(afterPassword.statusCode()).isEqualTo(200);
        assertThat(afterPassword.body()).contains("kc-totp-settings");
    }

    @Test
    void a_new_regulator_must_also_set_up_a_one_time_password() throws Exception {
        String username = "reg-" + UUID.randomUUID().toString().substring(0, 8);
        admin().createUser(username, "regulator");
        HttpResponse<String> afterPassword =
                new Browser().loginFollowingKeycloakRedirects(username, "Correct-horse-42");
        assertThat(afterPassword.statusCode()).isEqualTo(200);
        assertThat(afterPassword.body()).contains("kc-totp-settings");
    }

    @Test
    void the_web_client_refuses_a_login_without_pkce() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> response = browser.get(platform.issuerUri() + "/protocol/openid-connect/auth?client_id="
                + "peerlend-web&response_type=code&scope=openid&redirect_uri=" + enc(redirectUri) + "&state=s1");
        String location = response.headers().firstValue("Location").orElse("");
        assertThat(response.statusCode() == 400 || location.contains("error=invalid_request"))
                .as("status %s, location %s", response.statusCode(), location)
                .isTrue();
    }

    @Test
    void someone_registers_themselves_and_becomes_a_borrower_and_lender_but_nothing_more() throws Exception {
        String username = "new-" + UUID.randomUUID().toString().substring(0, 8);
        Browser browser = new Browser();
        String page = browser.get(browser.authorizationUrl("registrations")).body();
        String action = formAction(page, "kc-register-form");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("email", username + "@example.org");
        form.put("firstName", "New");
        form.put("lastName", "Person");
        form.put("password", "A-long-enough-passphrase-1");
        form.put("password-confirm", "A-long-enough-passphrase-1");
        HttpResponse<String> registered = browser.post(action, form);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);

        String token = api.tokenFor(username, "A-long-enough-passphrase-1");
        String roles = Api.claims(token).at("/realm_access/roles").toString();
        assertThat(roles).contains("borrower", "lender").doesNotContain("ops", "regulator");
    }

    @Test
    void repeated_wrong_passwords_lock_the_account_for_a_while() throws Exception {
        String username = "bf-" + UUID.randomUUID().toString().substring(0, 8);
        Admin admin = admin();
        String id = admin.createUser(username, "borrower");
        for (int i = 0; i < 6; i++) {
            Browser browser = new Browser();
            browser.login(username, "wrong-password-" + i);
        }
        JsonNode status = admin.get("/attack-detection/brute-force/users/" + id);
        assertThat(status.get("disabled").asBoolean()).as(status.toString()).isTrue();
    }

    @Test
    void a_token_without_the_api_audience_is_refused_by_the_gateway_and_by_the_service_itself() {
        // admin-cli is a client of the realm without the peerlend-api audience mapper
        String token = api.token(Map.of(
                "client_id", "admin-cli", "grant_type", "password", "username", "borrower1", "password", "borrower1"));
        assertThat(Api.claims(token).path("aud").toString()).doesNotContain("peerlend-api");
        assertThat(api.get("/api/lending/applications/x", token).status()).isEqualTo(401);
        String lendingDirect = "http://127.0.0.1:" + platform.ports().lending();
        assertThat(api.getAt(lendingDirect + "/api/lending/applications/x", token)
                        .status())
                .isEqualTo(401);
        // and a proper token with the wrong role is refused by the service too, not only by the gateway
        assertThat(api.getAt(lendingDirect + "/api/lending/applications/x", api.tokenFor("lender1"))
                        .status())
                .isEqualTo(403);
    }

    static String formAction(String html, String formId) {
        Matcher m = Pattern.compile("<form[^>]*id=\"" + formId
                        + "\"[^>]*action=\"([^\"]+)\"|<form[^>]*action=\"([^\"]+)\"[^>]*id=\"" + formId + "\"")
                .matcher(html);
        assertThat(m.find()).as("form %s in page", formId).isTrue();
        return (m.group(1) != null ? m.group(1) : m.group(2)).replace("&amp;", "&");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Admin admin() {
        String token = api.tokenAt(
                URI.create("http://localhost:" + platform.ports().keycloak()
                        + "/realms/master/protocol/openid-connect/token"),
                Map.of("client_id", "admin-cli", "grant_type", "password", "username", "admin", "password", "admin"));
        return new Admin(token);
    }

    /** Keycloak's admin REST API for the peerlend realm. */
    record Admin(String token) {
        private static final HttpClient HTTP =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        String base() {
            return "http://localhost:" + platform.ports().keycloak() + "/admin/realms/peerlend";
        }

        String createUser(String username, String role) throws IOException, InterruptedException {
            String user = """
                    {"username": "%s", "enabled": true, "emailVerified": true, "firstName": "Test", "lastName": "User",
                     "email": "%s@example.org",
                     "credentials": [{"type": "password", "value": "Correct-horse-42", "temporary": false}]}""".formatted(username, username);
            HttpResponse<String> created = HTTP.send(
                    request("/users")
                            .POST(HttpRequest.BodyPublishers.ofString(user))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String location = created.headers().firstValue("Location").orElseThrow();
            String id = location.substring(location.lastIndexOf('/') + 1);
            JsonNode roleRep = get("/roles/" + role);
            HttpResponse<String> mapped = HTTP.send(
                    request("/users/" + id + "/role-mappings/realm")
                            .POST(HttpRequest.BodyPublishers.ofString("[" + roleRep + "]"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(204);
            return id;
        }

        /** Ends every session of the user, as an administrator (or an erasure) would. */
        void logOut(String userId) throws IOException, InterruptedException {
            HttpResponse<String> done = HTTP.send(
                    request("/users/" + userId + "/logout")
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        }

        JsonNode get(String path) throws IOException, InterruptedException {
            HttpResponse<String> response =
                    HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
            return Api.JSON.readTree(response.body());
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(base() + path))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json");
        }
    }

    /**
     * Just enough of a browser: cookies, no automatic redirects, forms. Cookies are kept by hand because Keycloak marks
     * them Secure, which browsers honour on http://localhost (a secure context) but Java's CookieManager does not.
     */
    static final class Browser {
        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private final String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        private final String clientId;
        private final String redirect;

        /** The web client's login, as a browser makes it. */
        Browser() {
            this("peerlend-web", platform.gatewayUrl() + "/callback");
        }

        /** Another client's login (a native app's), through the same pages. */
        Browser(String clientId, String redirect) {
            this.clientId = clientId;
            this.redirect = redirect;
        }

        /** The code verifier this login's challenge was made from (RFC 7636). */
        String verifier() {
            return verifier;
        }

        String authorizationUrl(String endpoint) throws Exception {
            String challenge = Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            return platform.issuerUri() + "/protocol/openid-connect/" + endpoint + "?client_id=" + clientId
                    + "&response_type=code&scope=openid&state=st&redirect_uri=" + enc(redirect)
                    + "&code_challenge=" + challenge + "&code_challenge_method=S256";
        }

        HttpResponse<String> login(String username, String password) throws Exception {
            HttpResponse<String> page = get(authorizationUrl("auth"));
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            return post(formAction(page.body(), "kc-form-login"), Map.of("username", username, "password", password));
        }

        /** Logs in and follows Keycloak's own redirects (e.g. to a required action), stopping at the application. */
        HttpResponse<String> loginFollowingKeycloakRedirects(String username, String password) throws Exception {
            HttpResponse<String> response = login(username, password);
            for (int hops = 0; hops < 5 && response.statusCode() == 302; hops++) {
                String location = response.headers().firstValue("Location").orElseThrow();
                assertThat(location).as("signed in without a one-time password").doesNotStartWith(redirect);
                response = get(location);
            }
            return response;
        }

        HttpResponse<String> get(String url) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(url)).GET());
        }

        HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream()
                    .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            if (!cookies.isEmpty()) {
                request.header(
                        "Cookie",
                        cookies.entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
            return response;
        }
    }
}
