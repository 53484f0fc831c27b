package io.peerlend.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every overlay of infra/k8s, rendered by kustomize and parsed with the fabric8 Kubernetes model, obeys the
 * deployment's policies (docs/deployment.md): what runs, as whom, with which probes and limits, how many, reachable
 * by whom, with which secrets.
 */
class OverlaysTest {

    static final Set<String> PARTS = Set.of("gateway", "web", "lending", "scoring", "kyc", "disclosure");
    /** The operators' custom resources (no typed model here; their fields are checked one by one below). */
    static final Set<String> OPERATOR_KINDS =
            Set.of("Cluster", "ScheduledBackup", "Database", "MongoDBCommunity", "Keycloak", "KeycloakRealmImport");

    @Test
    void every_resource_is_of_a_known_kind_and_has_no_field_its_kind_does_not_know() {
        for (Rendered overlay : Overlays.all()) {
            for (HasMetadata resource : overlay.resources()) {
                String what = overlay.overlay() + " " + resource.getKind() + "/"
                        + resource.getMetadata().getName();
                if (resource instanceof GenericKubernetesResource) {
                    // a misspelt apiVersion or kind of a built-in resource would land here too
                    assertThat(OPERATOR_KINDS).as(what).contains(resource.getKind());
                } else {
                    assertThat(StrictModel.unknownFields(resource)).as(what).isEmpty();
                }
            }
            assertThat(overlay.all(ServiceMonitor.class)).as(overlay.overlay()).isNotEmpty();
        }
    }

    @Test
    void every_part_runs_an_image_the_build_makes_as_a_non_root_user_with_probes_requests_and_limits() {
        Set<String> built = ImageTars.references();
        for (Rendered overlay : Overlays.all()) {
            List<Deployment> deployments = overlay.all(Deployment.class);
            assertThat(deployments.stream().map(d -> d.getMetadata().getName()))
                    .as(overlay.overlay())
                    .containsExactlyInAnyOrderElementsOf(PARTS);
            for (Deployment deployment : deployments) {
                String what = overlay.overlay() + " " + deployment.getMetadata().getName();
                var pod = deployment.getSpec().getTemplate().getSpec();
                assertThat(pod.getContainers()).as(what).hasSize(1);
                Container app = pod.getContainers().get(0);
                // the image this build makes for the part, by tag
                assertThat(app.getImage())
                        .as(what)
                        .isEqualTo("peerlend/" + deployment.getMetadata().getName() + ":"
                                + System.getProperty("peerlend.version"));
                assertThat(built).as(what + ": an image the build makes").contains(app.getImage());
                // probes from Actuator's probe groups, on the management port
                assertProbe(what + " startup", app.getStartupProbe(), "/actuator/health/liveness");
                assertProbe(what + " liveness", app.getLivenessProbe(), "/actuator/health/liveness");
                assertProbe(what + " readiness", app.getReadinessProbe(), "/actuator/health/readiness");
                // requests and limits for CPU and memory
                assertThat(app.getResources().getRequests()).as(what).containsKeys("cpu", "memory");
                assertThat(app.getResources().getLimits()).as(what).containsKeys("cpu", "memory");
                // never root, nothing written outside its volumes, no privileges to gain
                assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(what).isTrue();
                assertThat(pod.getSecurityContext().getRunAsUser()).as(what).isEqualTo(65532L);
                assertThat(app.getSecurityContext().getReadOnlyRootFilesystem())
                        .as(what)
                        .isTrue();
                assertThat(app.getSecurityContext().getAllowPrivilegeEscalation())
                        .as(what)
                        .isFalse();
                assertThat(app.getSecurityContext().getCapabilities().getDrop())
                        .as(what)
                        .containsExactly("ALL");
                assertThat(app.getVolumeMounts().stream().map(m -> m.getMountPath()))
                        .as(what + ": a writable /tmp")
                        .contains("/tmp");
            }
        }
    }

    private static void assertProbe(String what, Probe probe, String path) {
        assertThat(probe).as(what).isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(what).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).as(what).isEqualTo("management");
    }

    @Test
    void production_runs_two_or_more_of_every_part_spread_over_nodes_with_budgets_and_autoscaling() {
        for (String name : Overlays.PRODUCTION) {
            Rendered overlay = Overlays.rendered(name);
            for (Deployment deployment : overlay.all(Deployment.class)) {
                String part = deployment.getMetadata().getName();
                String what = name + " " + part;
                Map<String, String> podLabels =
                        deployment.getSpec().getTemplate().getMetadata().getLabels();
                assertThat(deployment.getSpec().getReplicas()).as(what).isGreaterThanOrEqualTo(2);
                assertThat(deployment.getSpec().getTemplate().getSpec().getTopologySpreadConstraints())
                        .as(what)
                        .anySatisfy(c -> assertThat(c.getTopologyKey()).isEqualTo("kubernetes.io/hostname"));
                HorizontalPodAutoscaler hpa = overlay.named(HorizontalPodAutoscaler.class, part)
                        .orElseThrow(() -> new AssertionError(what + ": no autoscaler"));
                assertThat(hpa.getSpec().getScaleTargetRef().getName()).as(what).isEqualTo(part);
                assertThat(hpa.getSpec().getMinReplicas()).as(what).isGreaterThanOrEqualTo(2);
                assertThat(hpa.getSpec().getMaxReplicas())
                        .as(what)
                        .isGreaterThan(hpa.getSpec().getMinReplicas());
                PodDisruptionBudget pdb = overlay.named(PodDisruptionBudget.class, part)
                        .orElseThrow(() -> new AssertionError(what + ": no disruption budget"));
                assertThat(podLabels)
                        .as(what)
                        .containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
                assertThat(pdb.getSpec().getMinAvailable().getIntVal()).as(what).isGreaterThanOrEqualTo(1);
                Service service =
                        overlay.named(Service.class, part).orElseThrow(() -> new AssertionError(what + ": no service"));
                assertThat(podLabels)
                        .as(what)
                        .containsAllEntriesOf(service.getSpec().getSelector());
                assertThat(service.getSpec().getPorts().stream().map(ServicePort::getName))
                        .as(what)
                        .containsExactlyInAnyOrder("http", "management");
                // a part with event processors counts its ready peers through a headless Service of its own pods
                if (Set.of("lending", "scoring", "kyc", "disclosure").contains(part)) {
                    assertThat(deployment
                                    .getSpec()
                                    .getTemplate()
                                    .getSpec()
                                    .getContainers()
                                    .get(0)
                                    .getEnv())
                            .as(what)
                            .anySatisfy(e -> assertThat(e.getName()).isEqualTo("PEERLEND_CLUSTER_PEERS"));
                }
                deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                        .filter(e -> e.getName().equals("PEERLEND_CLUSTER_PEERS"))
                        .forEach(peers -> {
                            Service headless = overlay.named(Service.class, peers.getValue())
                                    .orElseThrow(() -> new AssertionError(what + ": no " + peers.getValue()));
                            assertThat(headless.getSpec().getClusterIP())
                                    .as(what)
                                    .isEqualTo("None");
                            assertThat(podLabels)
                                    .as(what)
                                    .containsAllEntriesOf(headless.getSpec().getSelector());
                        });
            }
            // the stores: three PostgreSQL instances with a synchronous standby and backups, a three-member replica
            // set, two Keycloak instances on the PostgreSQL cluster
            GenericKubernetesResource postgres = overlay.theOne("Cluster");
            assertThat(Rendered.at(postgres, "spec", "instances")).as(name).isEqualTo(3);
            assertThat((Integer) Rendered.at(postgres, "spec", "postgresql", "synchronous", "number"))
                    .as(name)
                    .isGreaterThanOrEqualTo(1);
            assertThat(Rendered.at(postgres, "spec", "postgresql", "parameters", "synchronous_commit"))
                    .isEqualTo("on");
            assertThat((String) Rendered.at(postgres, "spec", "backup", "barmanObjectStore", "destinationPath"))
                    .as(name)
                    .startsWith("s3://");
            assertThat(Rendered.at(overlay.theOne("ScheduledBackup"), "spec", "cluster", "name"))
                    .isEqualTo("peerlend-db");
            assertThat(Rendered.at(overlay.theOne("MongoDBCommunity"), "spec", "members"))
                    .as(name)
                    .isEqualTo(3);
            assertThat(Rendered.at(overlay.theOne("MongoDBCommunity"), "spec", "type"))
                    .isEqualTo("ReplicaSet");
            GenericKubernetesResource keycloak = overlay.theOne("Keycloak");
            assertThat(Rendered.at(keycloak, "spec", "instances")).as(name).isEqualTo(2);
            assertThat(Rendered.at(keycloak, "spec", "db", "host")).isEqualTo("peerlend-db-rw");
            assertThat(Rendered.at(overlay.theOne("Database"), "spec", "name"))
                    .isEqualTo(Rendered.at(keycloak, "spec", "db", "database"));
        }
    }

    @Test
    void the_ingress_publishes_only_the_gateway_and_keycloaks_realm_pages_over_tls_on_matching_hosts() {
        for (Rendered overlay : Overlays.all()) {
            String name = overlay.overlay();
            Ingress ingress = overlay.named(Ingress.class, "peerlend").orElseThrow();
            List<IngressRule> rules = ingress.getSpec().getRules();
            Set<String> tlsHosts = ingress.getSpec().getTls().stream()
                    .flatMap(t -> t.getHosts().stream())
                    .collect(Collectors.toSet());
            for (IngressRule rule : rules) {
                assertThat(tlsHosts).as(name + ": TLS for " + rule.getHost()).contains(rule.getHost());
                for (var path : rule.getHttp().getPaths()) {
                    IngressBackend backend = path.getBackend();
                    String service = backend.getService().getName();
                    assertThat(service).as(name).isIn("gateway", "peerlend-keycloak-service");
                    // never a management port
                    assertThat(backend.getService().getPort().getName())
                            .as(name)
                            .isNotEqualTo("management");
                    assertThat(backend.getService().getPort().getNumber() == null
                                    || backend.getService().getPort().getNumber() != 8081)
                            .as(name + ": the management port by number")
                            .isTrue();
                    if (service.equals("peerlend-keycloak-service")) {
                        // the realm's pages and endpoints, never the admin console
                        assertThat(path.getPath()).as(name).isIn("/realms/", "/resources/");
                    } else {
                        assertThat(overlay.named(Service.class, service))
                                .as(name)
                                .isPresent();
                    }
                }
            }
            String platformHost = hostServing(rules, "gateway");
            String authHost = hostServing(rules, "peerlend-keycloak-service");
            // Keycloak's public address, the issuer the services check and the web client's redirects agree with
            // the Ingress
            assertThat(URI.create((String) Rendered.at(overlay.theOne("Keycloak"), "spec", "hostname", "hostname"))
                            .getHost())
                    .as(name)
                    .isEqualTo(authHost);
            assertThat(URI.create(setting(overlay, "peerlend-platform", "PEERLEND_ISSUER_URI"))
                            .getHost())
                    .as(name)
                    .isEqualTo(authHost);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> clients = (List<Map<String, Object>>)
                    Rendered.at(overlay.theOne("KeycloakRealmImport"), "spec", "realm", "clients");
            Map<String, Object> web = clients.stream()
                    .filter(c -> "peerlend-web".equals(c.get("clientId")))
                    .findFirst()
                    .orElseThrow();
            assertThat((List<?>) web.get("redirectUris"))
                    .as(name)
                    .allSatisfy(uri -> assertThat(
                                    URI.create(((String) uri).replace("*", "")).getHost())
                            .isEqualTo(platformHost));
            assertThat(URI.create((String) web.get("rootUrl")).getHost())
                    .as(name)
                    .isEqualTo(platformHost);
        }
    }

    private static String hostServing(List<IngressRule> rules, String service) {
        return rules.stream()
                .filter(r -> r.getHttp().getPaths().stream()
                        .anyMatch(p -> p.getBackend().getService().getName().equals(service)))
                .map(IngressRule::getHost)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no host serves " + service));
    }

    static String setting(Rendered overlay, String configMapPrefix, String key) {
        return overlay.all(ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().startsWith(configMapPrefix + "-"))
                .map(c -> c.getData().get(key))
                .filter(v -> v != null)
                .findFirst()
                .orElseThrow(() -> new AssertionError(overlay.overlay() + ": no " + key));
    }

    @Test
    void every_part_gets_its_profile_and_the_production_switch_from_configuration() {
        Map<String, String> profiles = Map.of("dev", "uk", "production", "uk", "production-cn", "cn");
        for (Rendered overlay : Overlays.all()) {
            assertThat(setting(overlay, "peerlend-profile", "PEERLEND_PROFILE"))
                    .as(overlay.overlay())
                    .isEqualTo(profiles.get(overlay.overlay()));
            // services then refuse missing or development secrets (docs/security.md)
            assertThat(setting(overlay, "peerlend-platform", "PEERLEND_ENV")).isEqualTo("production");
            for (Deployment deployment : overlay.all(Deployment.class)) {
                assertThat(deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnvFrom().stream()
                                .map(e -> e.getConfigMapRef().getName()))
                        .as(overlay.overlay() + " " + deployment.getMetadata().getName())
                        .anySatisfy(n -> assertThat(n).startsWith("peerlend-platform-"))
                        .anySatisfy(n -> assertThat(n).startsWith("peerlend-profile-"));
            }
        }
    }

    @Test
    void prometheus_scrapes_the_management_port_of_every_part() {
        for (Rendered overlay : Overlays.all()) {
            ServiceMonitor monitor =
                    overlay.named(ServiceMonitor.class, "peerlend").orElseThrow();
            assertThat(monitor.getSpec().getEndpoints())
                    .allSatisfy(e -> assertThat(e.getPort()).isEqualTo("management"))
                    .allSatisfy(e -> assertThat(e.getPath()).isEqualTo("/actuator/prometheus"));
            assertThat(monitor.getSpec()
                            .getSelector()
                            .getMatchExpressions()
                            .get(0)
                            .getValues())
                    .as("every part's Service, and only those")
                    .containsExactlyInAnyOrderElementsOf(PARTS);
        }
    }

    @Test
    void no_secret_is_committed_with_a_value() {
        for (Rendered overlay : Overlays.all()) {
            assertThat(overlay.all(Secret.class)).as(overlay.overlay()).isEmpty();
        }
    }
}
