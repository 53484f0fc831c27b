package io.peerlend.web.pages;

import io.peerlend.lending.api.Circumstances;
import io.peerlend.lending.api.CreditHistory;
import io.peerlend.lending.api.CurrentAccount;
import io.peerlend.lending.api.EmploymentStatus;
import io.peerlend.lending.api.Housing;
import io.peerlend.lending.api.LoanPurpose;
import io.peerlend.lending.api.MonthlyFinances;
import io.peerlend.lending.api.OtherInstalmentPlans;
import io.peerlend.lending.api.Property;
import io.peerlend.lending.api.Savings;
import io.peerlend.lending.api.http.LoanApplicationRequest;
import io.peerlend.web.services.Services;
import io.peerlend.web.services.Services.Service;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;

/**
 * A borrower applies, follows the application while it is checked and graded (the page refreshes itself until there
 * is something to decide), reads the quote — APR, every instalment and the pre-contract information — and accepts it,
 * asks for a new one, or withdraws.
 */
@Controller
class ApplicationController {

    /** The application form, one field per input. */
    // kept in the session between a refused submission and the page showing it again (sessions are stored)
    record ApplyForm(
            String amount,
            String termMonths,
            String purpose,
            String netIncome,
            String outgoings,
            String debtRepayments,
            String currentAccount,
            String creditHistory,
            String savings,
            String employmentStatus,
            String employmentYears,
            String property,
            String age,
            String otherInstalmentPlans,
            String housing,
            String existingCredits)
            implements Serializable {

        static ApplyForm empty() {
            return new ApplyForm(
                    "",
                    "36",
                    "CAR",
                    "",
                    "",
                    "0.00",
                    "HEALTHY",
                    "NONE_OR_ALL_REPAID",
                    "LOW",
                    "EMPLOYED",
                    "",
                    "NONE",
                    "",
                    "NONE",
                    "RENT",
                    "0");
        }
    }

    /** Statuses in which the lending service is still working: the page refreshes itself. */
    static final Set<String> WORKING = Set.of("WAITING_FOR_KYC", "SCORING", "ACCEPTED");

    private final Services services;

    ApplicationController(Services services) {
        this.services = services;
    }

    @GetMapping("/app/apply")
    String form(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ApplyForm.empty());
        }
        model.addAttribute("terms", List.of(12, 24, 36, 48, 60));
        model.addAttribute("purposes", LoanPurpose.values());
        model.addAttribute("currentAccounts", CurrentAccount.values());
        model.addAttribute("creditHistories", CreditHistory.values());
        model.addAttribute("savingsLevels", Savings.values());
        model.addAttribute("employmentStatuses", EmploymentStatus.values());
        model.addAttribute("properties", Property.values());
        model.addAttribute("otherPlans", OtherInstalmentPlans.values());
        model.addAttribute("housings", Housing.values());
        return "apply";
    }

    @PostMapping("/app/apply")
    String apply(
            @ModelAttribute ApplyForm form,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user,
            RedirectAttributes next) {
        Map<String, String> errors = new LinkedHashMap<>();
        LoanApplicationRequest request = request(form, errors);
        if (errors.isEmpty()) {
            try {
                JsonNode created = services.post(Service.LENDING, "/api/lending/applications", request, null, user);
                return "redirect:/app/applications/"
                        + segment(created.path("id").asString());
            } catch (Services.Rejected rejected) {
                if (rejected.errors().isEmpty()) {
                    errors.put("form", rejected.getMessage());
                }
                rejected.errors()
                        .forEach(e -> errors.merge(lastSegment(e.field()), e.message(), (a, b) -> a + "; " + b));
            }
        }
        next.addFlashAttribute("errors", errors);
        next.addFlashAttribute("form", form);
        return "redirect:/app/apply";
    }

    @GetMapping("/app/applications/{id}")
    String application(
            @PathVariable String id,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user,
            Model model) {
        JsonNode application = services.get(Service.LENDING, "/api/lending/applications/{id}", user, id);
        String status = application.path("status").asString();
        model.addAttribute("app", application);
        model.addAttribute("working", WORKING.contains(status));
        if (status.equals("SCORED") || status.equals("QUOTED")) {
            // SCORED without a quote yet is still being priced: keep refreshing until there is one
            JsonNode quote = DashboardController.orNothing(
                    () -> services.get(Service.LENDING, "/api/lending/applications/{id}/quote", user, id));
            model.addAttribute("quote", quote);
            model.addAttribute("working", quote == null);
        }
        return "application";
    }

    /** {@code action}: acceptance (of the quote), quote (ask for a new one) or withdrawal (of the application). */
    @PostMapping("/app/applications/{id}/{action}")
    String act(
            @PathVariable String id,
            @PathVariable String action,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user,
            RedirectAttributes next) {
        if (Set.of("acceptance", "quote", "withdrawal").contains(action)) {
            try {
                services.post(
                        Service.LENDING,
                        "/api/lending/applications/" + segment(id) + "/" + action,
                        Map.of(),
                        null,
                        user);
                next.addFlashAttribute("done", action);
            } catch (Services.Rejected rejected) {
                next.addFlashAttribute("errors", Map.of(action, rejected.getMessage()));
            }
        }
        return "redirect:/app/applications/" + segment(id);
    }

    static LoanApplicationRequest request(ApplyForm f, Map<String, String> errors) {
        Integer term = whole(f.termMonths(), "termMonths", errors);
        LoanPurpose purpose = choice(f.purpose(), "purpose", LoanPurpose::valueOf, errors);
        Circumstances circumstances = new Circumstances(
                choice(f.currentAccount(), "currentAccount", CurrentAccount::valueOf, errors),
                choice(f.creditHistory(), "creditHistory", CreditHistory::valueOf, errors),
                choice(f.savings(), "savings", Savings::valueOf, errors),
                choice(f.employmentStatus(), "employmentStatus", EmploymentStatus::valueOf, errors),
                whole(f.employmentYears(), "employmentYears", errors),
                choice(f.property(), "property", Property::valueOf, errors),
                whole(f.age(), "age", errors),
                choice(f.otherInstalmentPlans(), "otherInstalmentPlans", OtherInstalmentPlans::valueOf, errors),
                choice(f.housing(), "housing", Housing::valueOf, errors),
                whole(f.existingCredits(), "existingCredits", errors));
        return new LoanApplicationRequest(
                trimmed(f.amount()),
                term,
                purpose,
                new MonthlyFinances(trimmed(f.netIncome()), trimmed(f.outgoings()), trimmed(f.debtRepayments())),
                circumstances);
    }

    /** Empty stays null, for the service to say it is required; anything else must be a whole number. */
    private static Integer whole(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            errors.put(field, "must be a whole number, such as 5");
            return null;
        }
    }

    private static <E> E choice(String value, String field, Function<String, E> parse, Map<String, String> errors) {
        try {
            return value == null || value.isBlank() ? null : parse.apply(value);
        } catch (IllegalArgumentException e) {
            errors.put(field, "choose one of the options");
            return null;
        }
    }

    static String lastSegment(String apiField) {
        return apiField.substring(apiField.lastIndexOf('.') + 1);
    }

    private static String trimmed(String s) {
        return s == null ? null : s.trim();
    }

    private static String segment(String id) {
        return UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }
}
