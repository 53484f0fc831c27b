package io.peerlend.web.pages;

import io.peerlend.lending.api.http.RepaymentRequest;
import io.peerlend.web.services.Services;
import io.peerlend.web.services.Services.Service;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;

/**
 * A borrower's loan: its schedule with what was paid against each instalment, its payments, any arrears; repaying
 * early and withdrawing within the cooling-off period, each form with its own idempotency key.
 */
@Controller
class BorrowerController {

    private final Services services;

    BorrowerController(Services services) {
        this.services = services;
    }

    /**
     * Only the loan's borrower (or ops) gets it from the lending service; anyone else gets its refusal. A loan is
     * opened from its funding by a process a moment after the application shows funded (and the loan carries the
     * application's id): a borrower who follows "See your loan" in that moment reads that it is being opened, on a
     * page that looks again until it is, not a refusal.
     */
    @GetMapping("/app/loans/{id}")
    String loan(
            @PathVariable String id,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user,
            Model model) {
        try {
            model.addAttribute("loan", services.lending("/api/lending/loans/{id}", user, id));
        } catch (Services.Rejected refused) {
            if (refused.status() != HttpStatus.NOT_FOUND.value() || !fundedApplication(id, user)) {
                throw refused;
            }
            model.addAttribute("applicationId", id);
            model.addAttribute("working", true);
            return "loan-opening";
        }
        // each form its own key: submitting twice, or again after a lost answer, moves the money once
        model.addAttribute("repaymentKey", UUID.randomUUID().toString());
        model.addAttribute("withdrawalKey", UUID.randomUUID().toString());
        return "loan";
    }

    /** Whether the signed-in borrower has a funded application of this id (its loan is then on its way). */
    private boolean fundedApplication(String id, OAuth2AuthorizedClient user) {
        try {
            JsonNode application = services.get(Service.LENDING, "/api/lending/applications/{id}", user, id);
            return application != null && application.path("status").asString().equals("FUNDED");
        } catch (Services.Rejected notTheirs) {
            return false;
        }
    }

    /** Repays early: {@code full} pays the loan off, otherwise {@code amount} (no penalty, interest to the day). */
    @PostMapping("/app/loans/{id}/repayments")
    String repay(
            @PathVariable String id,
            @RequestParam(required = false) String amount,
            @RequestParam(defaultValue = "false") boolean full,
            @RequestParam String idempotencyKey,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user,
            RedirectAttributes next) {
        RepaymentRequest request = full
                ? new RepaymentRequest(null, true)
                : new RepaymentRequest(amount == null ? null : amount.trim(), false);
        return send(id, "repayments", request, idempotencyKey, user, next, amount);
    }

    /** Withdraws from the loan within the cooling-off period: the money received is paid back, no fee. */
    @PostMapping("/app/loans/{id}/withdrawal")
    String withdraw(
            @PathVariable String id,
            @RequestParam String idempotencyKey,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user,
            RedirectAttributes next) {
        return send(id, "withdrawal", Map.of(), idempotencyKey, user, next, null);
    }

    private String send(
            String id,
            String action,
            Object body,
            String key,
            OAuth2AuthorizedClient user,
            RedirectAttributes next,
            String typed) {
        try {
            services.postLending(
                    "/api/lending/loans/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8) + "/" + action,
                    body,
                    key,
                    user);
            next.addFlashAttribute("done", action);
        } catch (Services.Rejected rejected) {
            next.addFlashAttribute(
                    "errors",
                    Map.of(
                            action,
                            rejected.errors().isEmpty()
                                    ? rejected.getMessage()
                                    : String.join(
                                            "; ",
                                            Services.byField(rejected.errors()).values())));
            next.addFlashAttribute("typed", typed == null ? "" : typed);
        }
        return "redirect:/app/loans/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }
}
