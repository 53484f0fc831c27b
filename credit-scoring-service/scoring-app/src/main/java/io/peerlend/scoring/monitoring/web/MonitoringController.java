package io.peerlend.scoring.monitoring.web;

import io.peerlend.platform.security.EndpointRules;
import io.peerlend.platform.security.Roles;
import io.peerlend.scoring.monitoring.StabilityMonitor;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MonitoringController {

    private final StabilityMonitor monitor;

    MonitoringController(StabilityMonitor monitor) {
        this.monitor = monitor;
    }

    @Operation(summary = "Population stability of live applications against the training population (ops, regulator)")
    @GetMapping("/api/scoring/monitoring/stability")
    StabilityMonitor.Report stability() {
        return monitor.report();
    }

    /** Monitoring is for operations staff and supervisors. */
    @Component
    static class Rules implements EndpointRules {
        @Override
        public void declare(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
            rules.requestMatchers(HttpMethod.GET, "/api/scoring/monitoring/**")
                    .hasAnyRole(Roles.OPS, Roles.OPS_SUPERVISOR, Roles.REGULATOR);
        }
    }
}
