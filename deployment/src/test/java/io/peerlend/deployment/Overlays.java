package io.peerlend.deployment;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The overlays of infra/k8s, each rendered once per test run. */
final class Overlays {

    static final List<String> ALL = List.of("dev", "production", "production-cn");
    static final List<String> PRODUCTION = List.of("production", "production-cn");
    private static final Map<String, Rendered> CACHE = new ConcurrentHashMap<>();

    private Overlays() {}

    static Rendered rendered(String overlay) {
        return CACHE.computeIfAbsent(overlay, name -> {
            try {
                return new Rendered(name, Kustomize.build(name));
            } catch (Exception e) {
                throw new IllegalStateException("rendering " + name, e);
            }
        });
    }

    static List<Rendered> all() {
        return ALL.stream().map(Overlays::rendered).toList();
    }
}
