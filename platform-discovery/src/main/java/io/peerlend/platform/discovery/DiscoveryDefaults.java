package io.peerlend.platform.discovery;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The load balancer's defaults for this platform, below every other setting: instances are probed on their readiness
 * group every two seconds, so a dead one leaves the rotation within about two seconds, and the probed list is used as
 * it is (no cache of instance lists).
 */
public class DiscoveryDefaults implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.of(
            "spring.cloud.loadbalancer.health-check.interval", "2s",
            "spring.cloud.loadbalancer.health-check.path.default", "/actuator/health/readiness",
            // the probed list is the one to use: no second, time-based cache of instance lists in front of it
            "spring.cloud.loadbalancer.cache.enabled", "false");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("peerlend-discovery-defaults", DEFAULTS));
    }
}
