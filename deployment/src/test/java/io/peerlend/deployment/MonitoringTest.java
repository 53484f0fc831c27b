package io.peerlend.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The dashboard and the alert rules as shipped: every Peerlend metric they use is one docs/operations.md explains
 * (a misspelt metric makes a panel empty and an alert silent, and nothing else notices), and the dashboard's panels
 * each say what they show and do not lie on top of each other.
 */
class MonitoringTest {

    private static final Pattern METRIC = Pattern.compile("peerlend_[a-z_]+");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void every_peerlend_metric_an_alert_or_a_panel_uses_is_explained_in_the_operations_guide() throws Exception {
        String guide = Files.readString(Kustomize.HOME.resolve(Path.of("docs", "operations.md")));
        Rendered production = Overlays.rendered("production");
        List<String> expressions = new ArrayList<>();
        for (PrometheusRule rules : production.all(PrometheusRule.class)) {
            rules.getSpec()
                    .getGroups()
                    .forEach(
                            g -> g.getRules().stream().map(Rule::getExpr).forEach(e -> expressions.add(e.getStrVal())));
        }
        for (JsonNode panel : dashboard(production).path("panels")) {
            panel.path("targets").forEach(t -> expressions.add(t.path("expr").asText()));
        }
        assertThat(expressions).hasSizeGreaterThan(20);
        Set<String> used = new HashSet<>();
        for (String expression : expressions) {
            Matcher metric = METRIC.matcher(expression);
            while (metric.find()) {
                used.add(metric.group());
            }
        }
        assertThat(used)
                .isNotEmpty()
                .allSatisfy(metric -> assertThat(guide)
                        .as(metric + " is used by an alert or a panel")
                        .contains(metric.replaceAll("_(sum|count|max)$", "")));
    }

    @Test
    void each_panel_of_the_dashboard_has_its_own_place_and_its_own_description() throws Exception {
        JsonNode panels = dashboard(Overlays.rendered("production")).path("panels");
        Set<Integer> ids = new HashSet<>();
        Set<String> descriptions = new HashSet<>();
        Set<String> cells = new HashSet<>();
        for (JsonNode panel : panels) {
            String title = panel.path("title").asText();
            assertThat(ids.add(panel.path("id").asInt())).as(title + ": its id").isTrue();
            String description = panel.path("description").asText();
            if (!description.isEmpty()) {
                assertThat(descriptions.add(description))
                        .as(title + ": a description copied from another panel")
                        .isTrue();
            }
            JsonNode at = panel.path("gridPos");
            for (int x = at.path("x").asInt();
                    x < at.path("x").asInt() + at.path("w").asInt();
                    x++) {
                for (int y = at.path("y").asInt();
                        y < at.path("y").asInt() + at.path("h").asInt();
                        y++) {
                    assertThat(cells.add(x + "," + y))
                            .as(title + " overlaps another panel")
                            .isTrue();
                }
            }
        }
    }

    private static JsonNode dashboard(Rendered overlay) throws Exception {
        for (ConfigMap map : overlay.all(ConfigMap.class)) {
            if (map.getData() != null && map.getData().containsKey("peerlend.json")) {
                return JSON.readTree(map.getData().get("peerlend.json"));
            }
        }
        throw new AssertionError(overlay.overlay() + ": no dashboard ConfigMap");
    }
}
