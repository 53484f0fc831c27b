package io.peerlend.web.pages;

import io.peerlend.kyc.api.CustomerRole;
import io.peerlend.kyc.api.DocumentRequest;
import io.peerlend.kyc.api.DocumentType;
import io.peerlend.kyc.api.OnboardingRequest;
import io.peerlend.kyc.api.RelatedParty;
import io.peerlend.kyc.api.SourceOfFundsRequest;
import io.peerlend.web.services.Services;
import io.peerlend.web.services.Services.Service;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

/**
 * Giving one's identity (KYC): the form a newly registered borrower or lender fills in, with the document's data typed
 * from it (the machine-readable lines of a passport or identity card, or a resident identity number), and afterwards
 * where the check stands. The KYC service decides; this page only shows what it says.
 */
@Controller
class IdentityController {

    /** The form as the browser sends it: one flat field per input, named as the KYC service names them. */
    // kept in the session between a refused submission and the page showing it again (sessions are stored)
    record IdentityForm(
            List<String> roles,
            String fullName,
            String dateOfBirth,
            String nationality,
            String line1,
            String line2,
            String city,
            String postcode,
            String country,
            String email,
            String phone,
            String documentType,
            String mrz,
            String documentNumber,
            String politicallyExposed,
            String relatedParty)
            implements Serializable {

        /** Nothing ticked: whether to borrow, lend or both is the customer's explicit choice. */
        static IdentityForm empty(OidcUser user) {
            String name = user == null
                    ? ""
                    : String.join(" ", nonNull(user.getGivenName()), nonNull(user.getFamilyName()))
                            .trim();
            return new IdentityForm(
                    List.of(),
                    name,
                    "",
                    "GB",
                    "",
                    "",
                    "",
                    "",
                    "GB",
                    user == null ? "" : nonNull(user.getEmail()),
                    "",
                    "MRZ",
                    "",
                    "",
                    "no",
                    "NONE");
        }

        private static String nonNull(String s) {
            return s == null ? "" : s;
        }
    }

    private final Services services;

    IdentityController(Services services) {
        this.services = services;
    }

    @GetMapping("/app/identity")
    String identity(
            @AuthenticationPrincipal OidcUser user,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            Model model) {
        // just sent: KYC's answer is the decision itself, while its record may still be catching up (it can hold the
        // submission a moment before the decision, and would read "being checked"); later visits read the record
        Object decision = model.getAttribute("decision");
        JsonNode customer = decision != null
                ? null
                : DashboardController.orNothing(() -> services.get(Service.KYC, "/api/kyc/customers/me", client));
        model.addAttribute("customer", customer != null ? customer : decision);
        Set<String> roles = customerRoles(user);
        model.addAttribute("possibleRoles", roles);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", IdentityForm.empty(user));
        }
        return "identity";
    }

    @PostMapping("/app/identity")
    String submit(
            @ModelAttribute IdentityForm form,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            RedirectAttributes next) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate born = null;
        try {
            born = form.dateOfBirth() == null || form.dateOfBirth().isBlank()
                    ? null
                    : LocalDate.parse(form.dateOfBirth().trim());
        } catch (DateTimeParseException e) {
            errors.put("dateOfBirth", "must be a date such as 1984-04-04");
        }
        DocumentType type = null;
        try {
            type = DocumentType.valueOf(form.documentType());
        } catch (RuntimeException e) {
            errors.put("documentType", "choose a document");
        }
        if (errors.isEmpty()) {
            try {
                next.addFlashAttribute(
                        "decision",
                        services.post(Service.KYC, "/api/kyc/onboarding", request(form, born, type), null, client));
                next.addFlashAttribute("done", true);
                return "redirect:/app/identity";
            } catch (Services.Rejected rejected) {
                if (rejected.errors().isEmpty()) {
                    errors.put("form", rejected.getMessage());
                }
                rejected.errors().forEach(e -> errors.merge(formField(e.field()), e.message(), (a, b) -> a + "; " + b));
            }
        }
        next.addFlashAttribute("errors", errors);
        next.addFlashAttribute("form", form);
        return "redirect:/app/identity";
    }

    /**
     * Where the customer's money comes from, which enhanced due diligence asks of a customer in review before an
     * officer may clear them; KYC keeps it sealed.
     */
    @PostMapping("/app/identity/source-of-funds")
    String sourceOfFunds(
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String details,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient client,
            RedirectAttributes next) {
        Map<String, String> errors = new LinkedHashMap<>();
        SourceOfFundsRequest.Source kind = null;
        try {
            kind = SourceOfFundsRequest.Source.valueOf(nonNull(source));
        } catch (IllegalArgumentException e) {
            errors.put("source", "choose where your money comes from");
        }
        if (errors.isEmpty()) {
            try {
                services.post(
                        Service.KYC,
                        "/api/kyc/customers/me/source-of-funds",
                        new SourceOfFundsRequest(kind, trimmed(details)),
                        null,
                        client);
                next.addFlashAttribute("sourceOfFundsDone", true);
                return "redirect:/app/identity";
            } catch (Services.Rejected rejected) {
                if (rejected.errors().isEmpty()) {
                    errors.put("details", rejected.getMessage());
                }
                rejected.errors().forEach(e -> errors.merge(e.field(), e.message(), (a, b) -> a + "; " + b));
            }
        }
        next.addFlashAttribute("errors", errors);
        return "redirect:/app/identity";
    }

    static OnboardingRequest request(IdentityForm form, LocalDate born, DocumentType type) {
        Set<CustomerRole> roles = new LinkedHashSet<>();
        if (form.roles() != null) {
            form.roles().forEach(r -> roles.add(CustomerRole.valueOf(r.toUpperCase())));
        }
        DocumentRequest document = type == DocumentType.MRZ
                ? new DocumentRequest(
                        type,
                        Arrays.stream(nonNull(form.mrz()).split("\\R"))
                                .map(String::trim)
                                .filter(l -> !l.isEmpty())
                                .toList(),
                        null)
                : new DocumentRequest(type, null, trimmed(form.documentNumber()));
        return new OnboardingRequest(
                roles,
                trimmed(form.fullName()),
                born,
                upper(form.nationality()),
                new OnboardingRequest.Address(
                        trimmed(form.line1()),
                        trimmed(form.line2()),
                        trimmed(form.city()),
                        trimmed(form.postcode()),
                        upper(form.country())),
                new OnboardingRequest.Contact(trimmed(form.email()), trimmed(form.phone())),
                document,
                "yes".equals(form.politicallyExposed()),
                relatedParty(form.relatedParty()));
    }

    /** The form's choice: none, or how the customer is related to the platform. */
    private static RelatedParty relatedParty(String chosen) {
        return Arrays.stream(RelatedParty.values())
                .filter(r -> r.name().equals(chosen))
                .findFirst()
                .orElse(null);
    }

    /** The input a KYC field error belongs beside: {@code address.postcode} → postcode, {@code document.lines[1]} → mrz. */
    static String formField(String apiField) {
        String f = apiField.replaceAll("\\[\\d+]", "");
        if (f.startsWith("document.")) {
            return switch (f.substring("document.".length())) {
                case "lines" -> "mrz";
                case "number" -> "documentNumber";
                default -> "documentType";
            };
        }
        int dot = f.lastIndexOf('.');
        return dot < 0 ? f : f.substring(dot + 1);
    }

    /** The roles a customer may ask KYC for: those the account holds. */
    static Set<String> customerRoles(OidcUser user) {
        Set<String> roles = new LinkedHashSet<>();
        for (String role : List.of("borrower", "lender")) {
            if (user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role))) {
                roles.add(role);
            }
        }
        return roles;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.trim().toUpperCase();
    }
}
