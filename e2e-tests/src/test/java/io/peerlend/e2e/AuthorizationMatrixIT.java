package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The declared access rules ({@code authorization-matrix.tsv}: every operation and who may call it) against the
 * services' OpenAPI documents and the running platform. An operation the documents publish without a row fails the
 * build, as does a row for an operation that no longer exists. Then every operation is called by every kind of caller
 * (anonymous, borrower, lender, ops, supervisor, regulator, a service token) through the gateway and, for the
 * refusals, at the service directly: a caller the matrix does not name is refused (401 anonymous, 403 otherwise);
 * one it names is let through to the operation (for reads; writes are only tried by the callers they refuse, so the
 * test changes nothing; the platform's own service token is let through at the service, which it calls directly). Ids
 * in paths belong to nobody (reads by customers then answer 404, never someone's data).
 */
class AuthorizationMatrixIT extends EndToEndTest {

    private static final List<String> SERVICES = List.of("lending", "scoring", "kyc", "disclosure");
    private static final Map<String, String> SERVICE_OF_PREFIX = Map.of(
            "/api/lending",
            "lending",
            "/public/lending",
            "lending",
            "/public/loan-calculator",
            "lending",
            "/webhooks",
            "lending",
            "/api/scoring",
            "scoring",
            "/public/scoring",
            "scoring",
            "/api/kyc",
            "kyc",
            "/api/disclosure",
            "disclosure",
            "/public/disclosure",
            "disclosure");
    private static final Map<String, String> callers = new LinkedHashMap<>();
    private static final Map<String, Set<String>> rolesOfCaller = Map.of(
            "anonymous",
            Set.of(),
            "borrower",
            Set.of("borrower"),
            "lender",
            Set.of("lender"),
            "ops",
            Set.of("ops"),
            "supervisor",
            Set.of("ops", "ops-supervisor"),
            "regulator",
            Set.of("regulator"),
            "service",
            Set.of("service"));

    @BeforeAll
    static void tokens() throws IOException {
        callers.put("anonymous", null);
        callers.put("borrower", api.tokenFor("borrower1"));
        callers.put("lender", api.tokenFor("lender1"));
        callers.put("ops", api.tokenFor("ops1"));
        callers.put("supervisor", api.tokenFor("supervisor1"));
        callers.put("regulator", api.tokenFor("regulator1"));
        callers.put(
                "service",
                api.token(Map.of(
                        "client_id",
                        "peerlend-lending",
                        "client_secret",
                        platform.lendingClientSecret(),
                        "grant_type",
                        "client_credentials")));
    }

    @Test
    void every_published_operation_has_a_declared_rule_and_every_rule_names_a_published_operation() throws Exception {
        Set<String> published = new TreeSet<>(publishedOperations());
        Set<String> declared = new TreeSet<>(matrix().keySet());
        Set<String> undeclared = new TreeSet<>(published);
        undeclared.removeAll(declared);
        Set<String> gone = new TreeSet<>(declared);
        gone.removeAll(published);
        assertThat(undeclared)
                .as("operations without a row in authorization-matrix.tsv")
                .isEmpty();
        assertThat(gone).as("rows for operations no service publishes").isEmpty();
    }

    @Test
    void every_caller_gets_exactly_what_the_matrix_declares_through_the_gateway_and_at_the_service() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (Map.Entry<String, Set<String>> rule : matrix().entrySet()) {
            String method = rule.getKey().substring(0, rule.getKey().indexOf(' '));
            String template = rule.getKey().substring(method.length() + 1);
            String path = template.replaceAll(
                    "\\{[^}]+}", "authz-" + UUID.randomUUID().toString().substring(0, 8));
            Set<String> allowed = rule.getValue();
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                boolean may = allowed.contains("anyone")
                        || rolesOfCaller.get(caller.getKey()).stream().anyMatch(allowed::contains);
                String what = caller.getKey() + " " + rule.getKey();
                if (!may) {
                    int expected = caller.getValue() == null ? 401 : 403;
                    softly.assertThat(call(method, platform.gatewayUrl() + path, caller.getValue())
                                    .status())
                            .as("gateway: " + what)
                            .isEqualTo(expected);
                    softly.assertThat(call(method, serviceUrl(template) + path, caller.getValue())
                                    .status())
                            .as("service: " + what)
                            .isEqualTo(expected);
                } else if (method.equals("GET")) {
                    // the platform's services call each other directly, never through the gateway
                    String base = caller.getKey().equals("service") ? serviceUrl(template) : platform.gatewayUrl();
                    int status = call(method, base + path, caller.getValue()).status();
                    softly.assertThat(status)
                            .as((caller.getKey().equals("service") ? "service: " : "gateway: ") + what)
                            .isNotIn(401, 403);
                    if (template.contains("{")
                            && !allowed.contains("anyone")
                            && (caller.getKey().equals("borrower")
                                    || caller.getKey().equals("lender"))) {
                        softly.assertThat(status)
                                .as("someone else's id: " + what)
                                .isNotEqualTo(200);
                    }
                }
            }
        }
        softly.assertAll();
    }

    private static Api.Response call(String method, String url, String token) {
        String body = method.equals("GET") || method.equals("DELETE") ? null : "{}";
        for (int attempt = 0; ; attempt++) {
            Api.Response response =
                    api.request(method, url, token, body, Map.of("Idempotency-Key", "authz-" + UUID.randomUUID()));
            if (response.status() != 429 || attempt == 5) {
                return response;
            }
            try {
                Thread.sleep(1_000); // the gateway's rate limit: back off as Retry-After says
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return response;
            }
        }
    }

    private static String serviceUrl(String path) {
        return SERVICE_OF_PREFIX.entrySet().stream()
                .filter(e -> path.startsWith(e.getKey()))
                .findFirst()
                .map(e -> platform.serviceUrl(e.getValue()))
                .orElseThrow(() -> new IllegalStateException("no service for " + path));
    }

    private static List<String> publishedOperations() {
        List<String> operations = new ArrayList<>();
        for (String service : SERVICES) {
            JsonNode paths = api.get("/v3/api-docs/" + service, null).json().get("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                path.getValue().fieldNames().forEachRemaining(method -> {
                    if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                        operations.add(method.toUpperCase() + " " + path.getKey());
                    }
                });
            }
        }
        return operations;
    }

    /** {@code METHOD path} to the roles (or {@code anyone}) that may call it. */
    static Map<String, Set<String>> matrix() throws IOException {
        Map<String, Set<String>> rules = new LinkedHashMap<>();
        try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream("/authorization-matrix.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.trim().split("\\s+");
                rules.put(columns[0] + " " + columns[1], Set.of(columns[2].split(",")));
            }
        }
        return rules;
    }
}
