package io.peerlend.disclosure.reports.web;

import io.peerlend.disclosure.reports.CurrentComplaints;
import io.peerlend.disclosure.reports.domain.ComplaintsReport;
import io.peerlend.platform.security.EndpointRules;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The complaints figures for the half-year so far (public; each half-year's own is published when it ends). */
@RestController
class ComplaintsController {

    private final CurrentComplaints complaints;

    ComplaintsController(CurrentComplaints complaints) {
        this.complaints = complaints;
    }

    @Bean
    static EndpointRules complaintsEndpoints() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/public/disclosure/complaints/current")
                .permitAll();
    }

    @Operation(
            summary = "Complaints opened, closed, upheld, closed in time, open, referred to the ombudsman, by "
                    + "category, for the half-year so far (public)")
    @GetMapping("/public/disclosure/complaints/current")
    ComplaintsReport current() {
        return complaints.current();
    }
}
