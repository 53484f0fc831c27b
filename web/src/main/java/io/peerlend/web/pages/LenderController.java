package io.peerlend.web.pages;

import io.peerlend.lending.api.http.MoneyRequest;
import io.peerlend.web.services.Services;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

/**
 * A lender's money: the account and its statement, deposits and withdrawals through the payment provider. Each form
 * carries its own idempotency key, so submitting twice moves the money once.
 */
@Controller
class LenderController {

    private final Services services;

    LenderController(Services services) {
        this.services = services;
    }

    /** Statement lines on the page; the CSV and PDF have them all. */
    static final int STATEMENT_LINES = 100;

    /** The newest {@code limit} statement lines, newest first. */
    static List<JsonNode> latestFirst(JsonNode account, int limit) {
        List<JsonNode> lines = new ArrayList<>();
        if (account != null) {
            account.path("statement").forEach(lines::add);
        }
        Collections.reverse(lines);
        return lines.subList(0, Math.min(limit, lines.size()));
    }

    @GetMapping("/app/money")
    String account(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user, Model model) {
        JsonNode account;
        try {
            account = services.lending("/api/lending/accounts/me", user);
        } catch (Services.Rejected notYet) {
            account = null;
        }
        model.addAttribute("account", account);
        model.addAttribute("statement", latestFirst(account, STATEMENT_LINES));
        model.addAttribute("depositKey", UUID.randomUUID().toString());
        model.addAttribute("withdrawalKey", UUID.randomUUID().toString());
        return "money";
    }

    /** {@code kind}: deposits or withdrawals. */
    @PostMapping("/app/money/{kind}")
    String move(
            @PathVariable String kind,
            @RequestParam String amount,
            @RequestParam String idempotencyKey,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user,
            RedirectAttributes next) {
        if (!kind.equals("deposits") && !kind.equals("withdrawals")) {
            return "redirect:/app/money";
        }
        try {
            services.postLending(
                    "/api/lending/accounts/me/" + kind, new MoneyRequest(amount.trim()), idempotencyKey, user);
            next.addFlashAttribute("done", kind);
        } catch (Services.Rejected rejected) {
            next.addFlashAttribute(
                    "errors",
                    rejected.errors().isEmpty()
                            ? Map.of(kind, rejected.getMessage())
                            : Map.of(
                                    kind,
                                    Services.byField(rejected.errors())
                                            .values()
                                            .iterator()
                                            .next()));
            next.addFlashAttribute("typed", Map.of(kind, amount));
        }
        return "redirect:/app/money";
    }
}
