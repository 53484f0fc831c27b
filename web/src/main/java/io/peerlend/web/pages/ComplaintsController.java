package io.peerlend.web.pages;

import io.peerlend.kyc.api.ComplaintCategory;
import io.peerlend.kyc.api.ComplaintRequest;
import io.peerlend.kyc.api.CustomerRole;
import io.peerlend.web.services.Services;
import io.peerlend.web.services.Services.Service;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * A borrower's or lender's complaints: making one (the form carries a key, so sending it twice makes one complaint),
 * the acknowledgement with the day the final response is due, the response, and referring it to the ombudsman.
 */
@Controller
class ComplaintsController {

    /** The inputs that show their own error. */
    private static final Set<String> FIELDS = Set.of("category", "description");

    private final Services services;

    ComplaintsController(Services services) {
        this.services = services;
    }

    @GetMapping("/app/complaints")
    String complaints(
            @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model) {
        model.addAttribute("complaints", services.get(Service.KYC, "/api/kyc/complaints/mine", client));
        model.addAttribute("categories", ComplaintCategory.values());
        model.addAttribute("roles", IdentityController.customerRoles(user));
        model.addAttribute("formKey", UUID.randomUUID().toString());
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        return "complaints";
    }

    @PostMapping("/app/complaints")
    String raise(
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String reference,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String role,
            @RequestParam String idempotencyKey,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            RedirectAttributes next) {
        ComplaintCategory about = parse(ComplaintCategory.class, category);
        CustomerRole as = parse(CustomerRole.class, role == null ? null : role.toUpperCase());
        try {
            next.addFlashAttribute(
                    "acknowledgement",
                    services.post(
                                    Service.KYC,
                                    "/api/kyc/complaints",
                                    new ComplaintRequest(about, reference, description == null ? "" : description, as),
                                    idempotencyKey,
                                    client)
                            .path("acknowledgement")
                            .asString());
        } catch (Services.Rejected rejected) {
            // beside its input where the form has one, else at the top of the form
            Map<String, String> errors = new LinkedHashMap<>();
            Services.byField(rejected.errors())
                    .forEach((field, message) -> errors.merge(
                            FIELDS.contains(field) ? field : "form",
                            FIELDS.contains(field) ? message : field + ": " + message,
                            (a, b) -> a + "; " + b));
            if (errors.isEmpty()) {
                errors.put("form", rejected.getMessage());
            }
            next.addFlashAttribute("errors", errors);
            next.addFlashAttribute(
                    "typed",
                    Map.of(
                            "reference",
                            reference == null ? "" : reference,
                            "description",
                            description == null ? "" : description,
                            "category",
                            category == null ? "" : category));
        }
        return "redirect:/app/complaints";
    }

    @PostMapping("/app/complaints/{id}/escalation")
    String escalate(
            @PathVariable String id,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            RedirectAttributes next) {
        try {
            services.post(
                    Service.KYC,
                    "/api/kyc/complaints/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8) + "/escalation",
                    Map.of(),
                    null,
                    client);
            next.addFlashAttribute("escalated", id);
        } catch (Services.Rejected rejected) {
            next.addFlashAttribute("errors", Map.of("escalation:" + id, rejected.getMessage()));
        }
        return "redirect:/app/complaints";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
