package io.peerlend.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Default deny, then only the gateway takes traffic from the ingress controller, a service's API only from the parts
 * that call it, and the stores only from the services; every pod a policy names is one that exists.
 */
class NetworkPoliciesTest {

    /** The pods the operators make, by the labels they give them (docs/deployment.md, "Network policies"). */
    static final List<Map<String, String>> OPERATOR_PODS = List.of(
            Map.of("cnpg.io/cluster", "peerlend-db"), Map.of("app", "peerlend-mongo-svc"), Map.of("app", "keycloak"));
    /** The namespaces policies may admit: the ingress controller's, Prometheus's, the PostgreSQL operator's. */
    static final Set<String> NAMESPACES = Set.of("ingress-nginx", "monitoring", "cnpg-system");

    static final Set<String> BACKEND = Set.of("lending", "scoring", "kyc", "disclosure");

    @Test
    void everything_is_denied_unless_a_policy_admits_it_and_every_part_has_its_policy() {
        for (Rendered overlay : Overlays.all()) {
            List<NetworkPolicy> policies = overlay.all(NetworkPolicy.class);
            NetworkPolicy deny =
                    overlay.named(NetworkPolicy.class, "default-deny-ingress").orElseThrow();
            assertThat(deny.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(deny.getSpec().getIngress()).isNullOrEmpty();
            for (Deployment deployment : overlay.all(Deployment.class)) {
                Map<String, String> labels =
                        deployment.getSpec().getTemplate().getMetadata().getLabels();
                assertThat(policies)
                        .as(overlay.overlay() + " " + deployment.getMetadata().getName())
                        .anySatisfy(p -> assertThat(selects(p.getSpec().getPodSelector(), labels))
                                .isTrue());
            }
        }
    }

    @Test
    void every_pod_and_namespace_a_policy_names_exists_and_every_named_port_is_one_of_its_pods_ports() {
        for (Rendered overlay : Overlays.all()) {
            List<Map<String, String>> pods = new ArrayList<>(OPERATOR_PODS);
            overlay.all(Deployment.class)
                    .forEach(d ->
                            pods.add(d.getSpec().getTemplate().getMetadata().getLabels()));
            for (NetworkPolicy policy : overlay.all(NetworkPolicy.class)) {
                String what =
                        overlay.overlay() + " policy " + policy.getMetadata().getName();
                LabelSelector target = policy.getSpec().getPodSelector();
                assertThat(pods)
                        .as(what)
                        .anySatisfy(p -> assertThat(selects(target, p)).isTrue());
                for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                    for (NetworkPolicyPeer peer : rule.getFrom()) {
                        if (peer.getPodSelector() != null) {
                            assertThat(pods)
                                    .as(what + " admits "
                                            + peer.getPodSelector().getMatchLabels())
                                    .anySatisfy(p -> assertThat(selects(peer.getPodSelector(), p))
                                            .isTrue());
                        }
                        if (peer.getNamespaceSelector() != null) {
                            assertThat(NAMESPACES)
                                    .as(what)
                                    .contains(peer.getNamespaceSelector()
                                            .getMatchLabels()
                                            .get("kubernetes.io/metadata.name"));
                        }
                    }
                    Set<String> portNames = overlay.all(Deployment.class).stream()
                            .filter(d -> selects(
                                    target,
                                    d.getSpec().getTemplate().getMetadata().getLabels()))
                            .flatMap(d -> d.getSpec().getTemplate().getSpec().getContainers().stream())
                            .flatMap(c -> c.getPorts().stream())
                            .map(ContainerPort::getName)
                            .collect(Collectors.toSet());
                    for (NetworkPolicyPort port : rule.getPorts()) {
                        if (port.getPort().getStrVal() != null) {
                            assertThat(portNames)
                                    .as(what)
                                    .contains(port.getPort().getStrVal());
                        }
                    }
                }
            }
        }
    }

    @Test
    void only_the_gateway_is_reached_from_outside_and_only_the_parts_reach_the_services_and_the_stores() {
        for (Rendered overlay : Overlays.all()) {
            for (NetworkPolicy policy : overlay.all(NetworkPolicy.class)) {
                String name = policy.getMetadata().getName();
                for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                    boolean fromIngressController = rule.getFrom().stream()
                            .anyMatch(peer -> peer.getNamespaceSelector() != null
                                    && "ingress-nginx"
                                            .equals(peer.getNamespaceSelector()
                                                    .getMatchLabels()
                                                    .get("kubernetes.io/metadata.name")));
                    if (fromIngressController) {
                        assertThat(name).as(overlay.overlay()).isIn("gateway", "keycloak");
                    }
                }
                if (BACKEND.contains(name) || name.equals("web")) {
                    // a service's API: from the gateway, the web client or another service (and Keycloak's
                    // back-channel logout to the web client)
                    for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                        if (rule.getPorts().stream()
                                .anyMatch(p -> "http".equals(p.getPort().getStrVal()))) {
                            assertThat(rule.getFrom())
                                    .as(overlay.overlay() + " " + name)
                                    .allSatisfy(peer -> {
                                        assertThat(peer.getNamespaceSelector()).isNull();
                                        assertThat(peer.getPodSelector().getMatchLabels())
                                                .isIn(
                                                        Map.of("app.kubernetes.io/name", "gateway"),
                                                        Map.of("app.kubernetes.io/name", "web"),
                                                        Map.of("app.kubernetes.io/name", "lending"),
                                                        Map.of("app", "keycloak"));
                                    });
                        }
                    }
                }
            }
            // the stores' client ports: only from the platform's parts (and Keycloak, for its own database)
            for (String store : List.of("event-store", "read-side")) {
                NetworkPolicy policy = overlay.named(NetworkPolicy.class, store).orElseThrow();
                NetworkPolicyIngressRule clients = policy.getSpec().getIngress().get(0);
                assertThat(clients.getFrom())
                        .as(overlay.overlay() + " " + store)
                        .allSatisfy(peer -> assertThat(peer.getPodSelector()).isNotNull())
                        .allSatisfy(
                                peer -> assertThat(peer.getNamespaceSelector()).isNull());
            }
        }
    }

    @Test
    void the_operations_portal_reaches_the_management_port_of_every_service_and_web_pod() {
        for (Rendered overlay : Overlays.all()) {
            for (String part : List.of("lending", "scoring", "kyc", "disclosure", "web")) {
                NetworkPolicy policy = overlay.named(NetworkPolicy.class, part).orElseThrow();
                assertThat(policy.getSpec().getIngress())
                        .as(overlay.overlay() + " " + part)
                        .anySatisfy(rule -> {
                            assertThat(rule.getPorts())
                                    .anySatisfy(p ->
                                            assertThat(p.getPort().getStrVal()).isEqualTo("management"));
                            assertThat(rule.getFrom())
                                    .anySatisfy(peer -> assertThat(peer.getPodSelector())
                                            .isNotNull()
                                            .extracting(LabelSelector::getMatchLabels)
                                            .isEqualTo(Map.of("app.kubernetes.io/name", "web")));
                        });
            }
        }
    }

    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        Map<String, String> wanted = selector.getMatchLabels();
        if (wanted == null || wanted.isEmpty()) {
            return selector.getMatchExpressions() == null
                    || selector.getMatchExpressions().isEmpty();
        }
        return labels.entrySet().containsAll(wanted.entrySet());
    }
}
