package io.peerlend.web.pages;

import io.peerlend.web.services.Services;
import java.util.Map;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The supervisors' pages (regulators, read-only; operations staff): the indicators with their thresholds and every
 * alert; the published reports with the service's verification of each; the loan book broken down, now or as it stood
 * on a past date. Every read is recorded by the disclosure service as an access by this user.
 */
@Controller
class RegulatorController {

    private final Services services;

    RegulatorController(Services services) {
        this.services = services;
    }

    @GetMapping("/app/supervision")
    String supervision(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user, Model model) {
        model.addAttribute(
                "indicators",
                DashboardController.orNothing(() -> services.disclosure("/api/disclosure/indicators", user)));
        model.addAttribute("alerts", services.disclosure("/api/disclosure/alerts", user));
        JsonNode monthly = services.disclosure("/public/disclosure/reports/monthly-operating", user);
        JsonNode annual = services.disclosure("/public/disclosure/reports/annual-outcome", user);
        model.addAttribute("reports", Map.of("monthly", monthly, "annual", annual));
        model.addAttribute(
                "latestVerification",
                monthly.isEmpty()
                        ? null
                        : services.disclosure(
                                monthly.get(monthly.size() - 1)
                                        .path("links")
                                        .path("verification")
                                        .asString(),
                                user));
        return "supervision";
    }

    @GetMapping("/app/supervision/book")
    String book(
            @RequestParam(defaultValue = "grade") String by,
            @RequestParam(required = false) String asOf,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user,
            Model model) {
        model.addAttribute("by", by);
        model.addAttribute("asOf", asOf == null ? "" : asOf);
        UriComponentsBuilder uri =
                UriComponentsBuilder.fromPath("/api/disclosure/book").queryParam("by", by);
        if (asOf != null && !asOf.isBlank()) {
            uri.queryParam("asOf", asOf.trim());
        }
        try {
            model.addAttribute("book", services.disclosure(uri.build().toUriString(), user));
            model.addAttribute("errors", Map.of());
        } catch (Services.Rejected rejected) {
            model.addAttribute("errors", Services.byField(rejected.errors()));
        }
        return "book";
    }
}
