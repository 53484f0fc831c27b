package io.peerlend.kyc.privacy;

import io.peerlend.kyc.api.ErasureProgress;
import io.peerlend.platform.security.EndpointRules;
import io.peerlend.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import java.util.NoSuchElementException;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Where an erasure stands across the services (the erasure itself: POST /api/kyc/customers/{id}/erasure). */
@RestController
class ErasureController {

    private final ErasureLedger ledger;

    ErasureController(ErasureLedger ledger) {
        this.ledger = ledger;
    }

    @Bean
    static EndpointRules erasureProgressEndpoints() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/kyc/customers/*/erasure")
                .hasRole(Roles.OPS_SUPERVISOR);
    }

    @Operation(summary = "Which services have erased a customer, and which are still to (role ops-supervisor)")
    @GetMapping("/api/kyc/customers/{id}/erasure")
    ErasureProgress progress(@PathVariable String id) {
        return ledger.progress(id).orElseThrow(() -> new NoSuchElementException("no erasure of that customer"));
    }
}
