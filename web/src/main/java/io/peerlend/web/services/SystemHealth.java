package io.peerlend.web.services;

import io.peerlend.platform.discovery.ReadinessProbe;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What each instance of each part says about itself on its management port (never routed, never public; the
 * operations portal's system page): its health and its dependencies' (PostgreSQL, MongoDB, disk), how far each event
 * processor it runs is behind the event store and whether a segment is stuck at a failing event, and the state of its
 * circuit breakers (the other services, the credit bureau). Read from the same health and Prometheus endpoints the
 * cluster's monitoring scrapes, so the page and the alerts agree. Beside them, whether the identity provider serves
 * the realm's signing keys, and the alerts firing (from the alert manager, where one is configured).
 */
@Component
public class SystemHealth {

    /**
     * Lag above which a processor shows as behind rather than up to date: this many events, or an event waiting this
     * many seconds (a healthy processor handles an event within a second; a segment measured from the shared token
     * store trails by at most a few). The alert fires later: 1,000 events for 10 minutes.
     */
    static final long BEHIND = 100;

    static final long BEHIND_SECONDS = 10;

    /**
     * Discovery metadata naming a headless Service whose name resolves to each ready pod (Kubernetes): the page asks
     * every pod, not the Service, which would answer from whichever pod it picked.
     */
    static final String PODS = "pods";

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)\\{([^}]*)}\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Processor(String name, long lagEvents, long lagSeconds, int segments, int failingSegments) {
        /** {@code failing}, {@code behind}, {@code current}, or {@code elsewhere} (its segments are held by another instance). */
        public String state() {
            if (failingSegments > 0) {
                return "failing";
            }
            if (lagEvents > BEHIND || lagSeconds >= BEHIND_SECONDS) {
                return "behind";
            }
            return segments == 0 ? "elsewhere" : "current";
        }
    }

    public record Breaker(String name, String state) {}

    /** One firing alert as the alert manager reports it. */
    public record Alert(String name, String severity, String summary, String since) {}

    /**
     * The alerts firing now, or why they cannot be shown: {@code configured} false when no alert manager is set (as in
     * development, where no Prometheus runs), {@code firing} null when it does not answer.
     */
    public record Alerts(boolean configured, List<Alert> firing) {}

    public record Instance(
            String service,
            String address,
            String status,
            Map<String, String> dependencies,
            List<Processor> processors,
            List<Breaker> breakers) {}

    private final DiscoveryClient discovery;
    private final String identityProviderKeys;
    private final String alertManager;
    private final Function<String, List<String>> resolver;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Autowired
    public SystemHealth(
            DiscoveryClient discovery,
            @Value("${peerlend.keycloak.jwk-set-uri:}") String identityProviderKeys,
            @Value("${peerlend.ops.alert-manager-url:}") String alertManager) {
        this(discovery, identityProviderKeys, alertManager, SystemHealth::addresses);
    }

    SystemHealth(
            DiscoveryClient discovery,
            String identityProviderKeys,
            String alertManager,
            Function<String, List<String>> resolver) {
        this.discovery = discovery;
        this.identityProviderKeys = identityProviderKeys;
        this.alertManager = alertManager;
        this.resolver = resolver;
    }

    /**
     * The alerts firing now (active, neither silenced nor inhibited), from the alert manager's API v2, most severe
     * first: the same rules the deployment ships (docs/operations.md, "Alerts").
     */
    public Alerts alerts() {
        if (alertManager.isBlank()) {
            return new Alerts(false, List.of());
        }
        String body = fetch(URI.create(alertManager.replaceAll("/+$", "")
                        + "/api/v2/alerts?active=true&silenced=false&inhibited=false"))
                .join();
        if (body == null) {
            return new Alerts(true, null);
        }
        return new Alerts(true, readAlerts(body));
    }

    static List<Alert> readAlerts(String body) {
        List<Alert> firing = new ArrayList<>();
        for (JsonNode alert : JSON.readTree(body)) {
            firing.add(new Alert(
                    alert.path("labels").path("alertname").asString("?"),
                    alert.path("labels").path("severity").asString(""),
                    alert.path("annotations").path("summary").asString(""),
                    alert.path("startsAt").asString("")));
        }
        firing.sort(Comparator.comparing((Alert a) -> !"critical".equals(a.severity()))
                .thenComparing(Alert::since));
        return firing;
    }

    /**
     * Whether the identity provider (Keycloak) serves the realm's signing keys, as every part fetches them: {@code UP}
     * or {@code DOWN}. Nobody can log in, and no new token is accepted, while it is down.
     */
    public String identityProvider() {
        if (identityProviderKeys.isBlank()) {
            return "UNKNOWN";
        }
        String keys = fetch(URI.create(identityProviderKeys)).join();
        return keys != null && keys.contains("\"keys\"") ? "UP" : "DOWN";
    }

    /**
     * Every instance discovery knows, part by part; one that does not answer shows as {@code DOWN}. Every instance is
     * asked at once, so instances that are down cost the page one time limit, not one each.
     */
    public List<Instance> instances() {
        List<CompletableFuture<Instance>> asked = new ArrayList<>();
        for (String service : discovery.getServices().stream().sorted().toList()) {
            for (ServiceInstance instance : discovery.getInstances(service)) {
                for (ServiceInstance one : each(instance)) {
                    String address = one.getHost() + ":" + one.getPort();
                    CompletableFuture<String> health = fetch(ReadinessProbe.uri(one, "/actuator/health"));
                    CompletableFuture<String> metrics = fetch(ReadinessProbe.uri(one, "/actuator/prometheus"));
                    asked.add(health.thenCombine(metrics, (h, m) -> read(service, address, h, m)));
                }
            }
        }
        return asked.stream().map(CompletableFuture::join).toList();
    }

    /** The instance itself, or each pod behind it when it names its pods' headless Service (see {@link #PODS}). */
    List<ServiceInstance> each(ServiceInstance instance) {
        String pods = instance.getMetadata().get(PODS);
        if (pods == null) {
            return List.of(instance);
        }
        List<String> addresses = resolver.apply(pods);
        if (addresses.isEmpty()) {
            return List.of(instance);
        }
        return addresses.stream()
                .<ServiceInstance>map(address -> new DefaultServiceInstance(
                        instance.getServiceId() + "-" + address,
                        instance.getServiceId(),
                        address,
                        instance.getPort(),
                        instance.isSecure(),
                        instance.getMetadata()))
                .toList();
    }

    /** Every address the name resolves to (a headless Service: one per ready pod); none when it does not resolve. */
    private static List<String> addresses(String name) {
        try {
            return Arrays.stream(InetAddress.getAllByName(name))
                    .map(InetAddress::getHostAddress)
                    .sorted()
                    .toList();
        } catch (UnknownHostException unresolved) {
            return List.of();
        }
    }

    /** One instance from its health document and its Prometheus text (either null when it did not answer). */
    static Instance read(String service, String address, String health, String metrics) {
        String status = "DOWN";
        Map<String, String> dependencies = new TreeMap<>();
        if (health != null) {
            JsonNode document = JSON.readTree(health);
            status = document.path("status").asString("UNKNOWN");
            for (Map.Entry<String, JsonNode> component :
                    document.path("components").properties()) {
                dependencies.put(
                        component.getKey(), component.getValue().path("status").asString("UNKNOWN"));
            }
        }
        Map<String, long[]> processors = new TreeMap<>();
        Map<String, String> breakers = new TreeMap<>();
        if (metrics != null) {
            for (String line : metrics.split("\n")) {
                Matcher sample = SAMPLE.matcher(line);
                if (!sample.find()) {
                    continue;
                }
                Map<String, String> labels = labels(sample.group(2));
                double value = Double.parseDouble(sample.group(3));
                switch (sample.group(1)) {
                    case "peerlend_axon_processor_lag_events" -> processor(processors, labels)[0] = (long) value;
                    case "peerlend_axon_processor_segments" -> processor(processors, labels)[1] = (long) value;
                    case "peerlend_axon_processor_segments_failing" -> processor(processors, labels)[2] = (long) value;
                    case "peerlend_axon_processor_lag_seconds" -> processor(processors, labels)[3] = (long) value;
                    case "resilience4j_circuitbreaker_state" -> {
                        if (value == 1.0) {
                            breakers.put(labels.get("name"), labels.get("state"));
                        }
                    }
                    default -> {}
                }
            }
        }
        List<Processor> processorList = new ArrayList<>();
        processors.forEach((name, v) -> processorList.add(new Processor(name, v[0], v[3], (int) v[1], (int) v[2])));
        List<Breaker> breakerList = new ArrayList<>();
        breakers.forEach((name, state) -> breakerList.add(new Breaker(name, state)));
        return new Instance(service, address, status, dependencies, processorList, breakerList);
    }

    private static long[] processor(Map<String, long[]> processors, Map<String, String> labels) {
        return processors.computeIfAbsent(labels.getOrDefault("processor", "?"), k -> new long[4]);
    }

    private static Map<String, String> labels(String text) {
        Map<String, String> labels = new LinkedHashMap<>();
        Matcher label = LABEL.matcher(text);
        while (label.find()) {
            labels.put(label.group(1), label.group(2));
        }
        return labels;
    }

    /** The body, or null when the address does not answer in time or answers with an error. */
    private CompletableFuture<String> fetch(URI uri) {
        return http.sendAsync(
                        HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                        HttpResponse.BodyHandlers.ofString())
                // a part that is down answers 503 with its health document: still worth reading
                .thenApply(r -> r.statusCode() == 200 || r.statusCode() == 503 ? r.body() : null)
                .exceptionally(unreachable -> null);
    }
}
