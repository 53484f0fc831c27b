package io.peerlend.disclosure.reports.web;

import io.peerlend.disclosure.reports.CurrentOutcomes;
import io.peerlend.disclosure.reports.domain.OutcomeStatement;
import io.peerlend.platform.security.EndpointRules;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The outcome statement's figures for the year so far (public; each year's own is published when it ends). */
@RestController
class OutcomesController {

    private final CurrentOutcomes outcomes;

    OutcomesController(CurrentOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Bean
    static EndpointRules outcomesEndpoints() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/public/disclosure/outcomes/current")
                .permitAll();
    }

    @Operation(
            summary = "Expected against actual defaults, arrears, provision fund coverage and lender returns for "
                    + "the year so far (public; refreshed every minute)")
    @GetMapping("/public/disclosure/outcomes/current")
    OutcomeStatement current() {
        return outcomes.yearToDate();
    }
}
