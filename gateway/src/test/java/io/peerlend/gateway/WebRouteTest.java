package io.peerlend.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The web client's paths are named twice in the gateway, for two reasons: the route that sends them to the web client
 * (application.yml) and the security rule that lets them through without a token (the web client signs its users in
 * itself). One list in two places is one list: a path added to one and not the other would be either unreachable or
 * refused.
 */
class WebRouteTest {

    @Test
    void givenTheWebRoute_thenItsPathsAreExactlyThePagesTheGatewayLetsThroughToTheWebClient() throws IOException {
        try (InputStream yaml = getClass().getResourceAsStream("/application.yml")) {
            Map<String, Object> config = new Yaml().load(yaml);
            List<Map<String, Object>> routes = at(config, "spring", "cloud", "gateway", "server", "webflux", "routes");
            Map<String, Object> web = routes.stream()
                    .filter(r -> "web".equals(r.get("id")))
                    .findFirst()
                    .orElseThrow();
            @SuppressWarnings("unchecked")
            List<String> predicates = (List<String>) web.get("predicates");
            String paths = predicates.stream()
                    .filter(p -> p.startsWith("Path="))
                    .findFirst()
                    .orElseThrow()
                    .substring("Path=".length());
            assertThat(Arrays.asList(paths.split(","))).containsExactlyInAnyOrder(GatewaySecurity.WEB_PAGES);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Map<String, Object> config, String... keys) {
        Object node = config;
        for (String key : keys) {
            node = ((Map<String, Object>) node).get(key);
        }
        return (T) node;
    }
}
