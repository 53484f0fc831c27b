package io.peerlend.deployment;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** One rendered overlay: its resources by kind and name. */
record Rendered(String overlay, List<HasMetadata> resources) {

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> named(Class<T> type, String name) {
        return all(type).stream()
                .filter(r -> r.getMetadata().getName().equals(name))
                .findFirst();
    }

    /** The custom resources of one kind (the operators' kinds have no typed model here). */
    List<GenericKubernetesResource> custom(String kind) {
        return all(GenericKubernetesResource.class).stream()
                .filter(r -> r.getKind().equals(kind))
                .toList();
    }

    GenericKubernetesResource theOne(String kind) {
        List<GenericKubernetesResource> found = custom(kind);
        if (found.size() != 1) {
            throw new AssertionError(overlay + ": expected one " + kind + ", found " + found.size());
        }
        return found.get(0);
    }

    /** A value at a path of a custom resource ("spec", "postgresql", "synchronous", "number"). */
    @SuppressWarnings("unchecked")
    static Object at(GenericKubernetesResource resource, String... path) {
        Object current = resource.getAdditionalProperties();
        for (String step : path) {
            if (current instanceof Map<?, ?> map) {
                current = map.get(step);
            } else if (current instanceof List<?> list && step.matches("\\d+")) {
                current = list.get(Integer.parseInt(step));
            } else {
                return null;
            }
        }
        return current;
    }

    /** Every string in a custom resource, with the key it sits under (for finding secret references). */
    static Stream<Map.Entry<String, Object>> entries(Object node) {
        if (node instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .flatMap(e -> Stream.concat(
                            Stream.of(Map.entry(String.valueOf(e.getKey()), e.getValue())), entries(e.getValue())));
        }
        if (node instanceof List<?> list) {
            return list.stream().flatMap(Rendered::entries);
        }
        return Stream.empty();
    }
}
