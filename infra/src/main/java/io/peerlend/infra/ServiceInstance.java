package io.peerlend.infra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One running copy of a service: the first of each is named as the service ({@code lending}), the others numbered
 * ({@code lending-2}); copy {@code n} listens {@value #SPACING}·(n−1) ports above the first, its management port 1,000
 * above that. The gateway runs once (one front door locally; several behind a load balancer in a cluster).
 */
record ServiceInstance(ServiceDefinition service, int index, Ports ports) {

    static final int SPACING = 10;
    /** The most copies one machine runs: the numbered ports stay clear of Keycloak's (8180, 8190). */
    static final int MOST = 4;

    String name() {
        return index == 0 ? service.name() : service.name() + "-" + (index + 1);
    }

    int port() {
        return service.port(ports) + SPACING * index;
    }

    int managementPort() {
        return port() + 1000;
    }

    /** Every instance of every service, in start order: {@code copies} of each service, one gateway. */
    static List<ServiceInstance> all(Ports ports, int copies) {
        if (copies < 1 || copies > MOST) {
            throw new IllegalArgumentException("PEERLEND_INSTANCES must be 1 to " + MOST + ", not " + copies);
        }
        List<ServiceInstance> all = new ArrayList<>();
        for (ServiceDefinition service : ServiceDefinition.ALL) {
            int n = service.name().equals("gateway") ? 1 : copies;
            for (int i = 0; i < n; i++) {
                all.add(new ServiceInstance(service, i, ports));
            }
        }
        return all;
    }

    /**
     * Spring Cloud's simple discovery for every part (as {@code SPRING_APPLICATION_JSON}): each service's instances
     * with their management ports, where the load balancers probe readiness.
     */
    static String discovery(List<ServiceInstance> instances) {
        Map<String, List<Map<String, Object>>> byService = new LinkedHashMap<>();
        for (ServiceInstance instance : instances) {
            if (!instance.service().name().equals("gateway")) {
                byService
                        .computeIfAbsent(instance.service().name(), k -> new ArrayList<>())
                        .add(Map.of(
                                "instanceId", instance.name(),
                                "uri", "http://127.0.0.1:" + instance.port(),
                                "metadata", Map.of("management-port", String.valueOf(instance.managementPort()))));
            }
        }
        Map<String, Object> json = Map.of(
                "spring",
                Map.of(
                        "cloud",
                        Map.of("discovery", Map.of("client", Map.of("simple", Map.of("instances", byService))))));
        try {
            return new ObjectMapper().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
