package io.peerlend.web.pages;

import io.peerlend.platform.security.Roles;
import io.peerlend.web.services.Services;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;

/**
 * The signed-in user's start page, by role: a borrower's loans, a lender's account, the loans in arrears for
 * operations staff, the early-warning indicators for a regulator. Each from its service, as the user.
 */
@Controller
class DashboardController {

    private final Services services;

    DashboardController(Services services) {
        this.services = services;
    }

    /** Loans on the start page (the newest); each loan's page has the rest. */
    static final int LOANS_LISTED = 50;

    @GetMapping("/app")
    String dashboard(
            @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model) {
        Set<String> roles = user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .collect(Collectors.toSet());
        model.addAttribute("name", user.getGivenName() != null ? user.getGivenName() : user.getPreferredUsername());
        model.addAttribute("roles", roles);
        if (roles.contains(Roles.BORROWER) || roles.contains(Roles.LENDER)) {
            model.addAttribute(
                    "customer", orNothing(() -> services.get(Services.Service.KYC, "/api/kyc/customers/me", client)));
        }
        if (roles.contains(Roles.BORROWER)) {
            model.addAttribute(
                    "loans",
                    orNothing(() -> services.lending("/api/lending/loans?summary=true&limit=" + LOANS_LISTED, client)));
            model.addAttribute("applications", orNothing(() -> services.lending("/api/lending/applications", client)));
        }
        if (roles.contains(Roles.LENDER)) {
            model.addAttribute("account", orNothing(() -> services.lending("/api/lending/accounts/me", client)));
        }
        if (roles.contains(Roles.OPS)) {
            model.addAttribute("arrears", orNothing(() -> services.lending("/api/lending/ops/loans/arrears", client)));
        }
        if (roles.contains(Roles.REGULATOR)) {
            model.addAttribute(
                    "indicators", orNothing(() -> services.disclosure("/api/disclosure/indicators", client)));
        }
        return "dashboard";
    }

    /** Nothing yet (a lender with no account, no business day closed) is shown as such, not as an error. */
    static JsonNode orNothing(Supplier<JsonNode> read) {
        try {
            return read.get();
        } catch (Services.Rejected rejected) {
            if (rejected.status() == 404) {
                return null;
            }
            throw rejected;
        }
    }
}
