package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The edge an attacker meets first: management endpoints off the public ports, and forged, foreign or altered tokens
 * refused at the gateway and again by each service reached directly.
 */
class EdgeSecurityIT extends EndToEndTest {

    private static final List<String> SERVICES = List.of("lending", "scoring", "kyc", "disclosure");

    @Test
    void health_and_metrics_answer_on_each_management_port_and_nowhere_public() {
        for (String service : List.of("gateway", "lending", "scoring", "kyc", "disclosure", "web")) {
            // given the management port: probes answer there
            Api.Response ready = api.getAt(platform.managementUrl(service) + "/actuator/health/readiness", null);
            assertThat(ready.status()).as(service).isEqualTo(200);
            // and every part, the web client included, gives Prometheus its metrics there
            assertThat(api.getAt(platform.managementUrl(service) + "/actuator/prometheus", null)
                            .body())
                    .as(service)
                    .contains("jvm_memory_used_bytes");
            // and each part publishes its software bill of materials (CycloneDX) there
            JsonNode sbom = api.getAt(platform.managementUrl(service) + "/actuator/sbom/application", null)
                    .json();
            assertThat(sbom.path("bomFormat").asText()).as(service).isEqualTo("CycloneDX");
            assertThat(sbom.path("components").size()).as(service).isGreaterThan(50);
            // and the service's own public port serves none of it
            for (String path : List.of("/actuator/prometheus", "/actuator/health", "/actuator/env", "/actuator/sbom")) {
                assertThat(api.getAt(platform.serviceUrl(service) + path, null).status())
                        .as(service + path)
                        .isGreaterThanOrEqualTo(300);
            }
        }
        // and the gateway routes none of it
        for (String path : List.of("/actuator/prometheus", "/actuator/health", "/actuator/info")) {
            assertThat(api.get(path, null).status()).as(path).isIn(401, 404);
        }
    }

    @Test
    void altered_unsigned_and_foreign_tokens_are_refused_by_the_gateway_and_by_every_service() {
        // given a genuine borrower token, which every route and service accepts as a caller
        String genuine = api.tokenFor("borrower1");
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("claims changed (a borrower made ops)", withPayload(genuine, claims -> {
            ((ArrayNode) claims.get("realm_access").get("roles")).add("ops");
            return claims;
        }));
        forged.put("another subject", withPayload(genuine, claims -> claims.put("sub", "someone-else")));
        forged.put("alg none", unsigned(genuine));
        forged.put("signature stripped", genuine.substring(0, genuine.lastIndexOf('.') + 1));
        forged.put(
                "from the master realm",
                api.tokenAt(
                        URI.create("http://localhost:" + platform.ports().keycloak()
                                + "/realms/master/protocol/openid-connect/token"),
                        Map.of(
                                "client_id",
                                "admin-cli",
                                "grant_type",
                                "password",
                                "username",
                                "admin",
                                "password",
                                "admin")));
        forged.put("garbage", "not.a.token");

        assertThat(api.get("/api/lending/applications", genuine).status()).isEqualTo(200);
        for (String service : SERVICES) {
            String url = platform.serviceUrl(service) + "/api/" + service + "/anything";
            assertThat(api.getAt(url, genuine).status()).as(service).isNotEqualTo(401);
        }
        forged.forEach((kind, token) -> {
            // then the gateway refuses each
            assertThat(api.get("/api/lending/applications", token).status())
                    .as("gateway, " + kind)
                    .isEqualTo(401);
            // and each service refuses it too, reached directly past the gateway
            for (String service : SERVICES) {
                String url = platform.serviceUrl(service) + "/api/" + service + "/anything";
                assertThat(api.getAt(url, token).status())
                        .as(service + ", " + kind)
                        .isEqualTo(401);
            }
        });
    }

    private static String withPayload(String jwt, UnaryOperator<ObjectNode> change) {
        String[] parts = jwt.split("\\.");
        ObjectNode claims = (ObjectNode) Api.claims(jwt);
        return parts[0] + "." + encode(change.apply(claims).toString()) + "." + parts[2];
    }

    private static String unsigned(String jwt) {
        String payload = jwt.split("\\.")[1];
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".";
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
