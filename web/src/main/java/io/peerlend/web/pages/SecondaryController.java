package io.peerlend.web.pages;

import io.peerlend.lending.api.http.ListingRequest;
import io.peerlend.web.services.Services;
import io.peerlend.web.services.Services.Service;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
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
 * A lender's secondary market: sell holdings (ticked ones, or all), their own listings (cancel an open one), and the
 * listings of others to buy, each with its loan's facts, asking price and yield; every sale and purchase carries an
 * idempotency key made when the page was shown, so a double click buys once.
 */
@Controller
class SecondaryController {

    private final Services services;

    SecondaryController(Services services) {
        this.services = services;
    }

    @GetMapping("/app/secondary")
    String page(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user, Model model) {
        JsonNode portfolio = services.get(Service.LENDING, "/api/lending/portfolio?parts=100", user);
        JsonNode mine = services.get(Service.LENDING, "/api/lending/secondary-market/listings/mine", user);
        Set<String> listed = new HashSet<>();
        mine.forEach(l -> {
            if (l.path("mine").asBoolean() && "OPEN".equals(l.path("status").asString())) {
                listed.add(l.path("loanId").asString());
            }
        });
        // what can be sold: parts of loans being repaid on time, not listed already
        List<JsonNode> holdings = new ArrayList<>();
        portfolio.path("loanParts").forEach(p -> {
            if ("ACTIVE".equals(p.path("status").asString())
                    && "CURRENT".equals(p.path("arrears").asString("CURRENT"))
                    && !listed.contains(p.path("loanId").asString())) {
                holdings.add(p);
            }
        });
        model.addAttribute("holdings", holdings);
        model.addAttribute("mine", mine);
        List<JsonNode> forSale = new ArrayList<>();
        services.get(Service.LENDING, "/api/lending/secondary-market/listings", user)
                .forEach(l -> {
                    if (!l.path("mine").asBoolean()) {
                        forSale.add(l);
                    }
                });
        model.addAttribute("forSale", forSale);
        model.addAttribute("sellKey", UUID.randomUUID().toString());
        model.addAttribute("buyKey", UUID.randomUUID().toString());
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        return "secondary";
    }

    /** The ticked holdings ({@code loanId}), or all of them, at the premium asked. */
    @PostMapping("/app/secondary/listings")
    String sell(
            @RequestParam(required = false) List<String> loanId,
            @RequestParam(defaultValue = "false") boolean all,
            @RequestParam String premium,
            @RequestParam String idempotencyKey,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user,
            RedirectAttributes next) {
        ListingRequest request = new ListingRequest(loanId == null ? List.of() : loanId, all, premium.trim());
        return send(next, Map.of("premium", premium), "sell", () -> {
            JsonNode results = services.post(
                    Service.LENDING, "/api/lending/secondary-market/listings", request, idempotencyKey, user);
            List<String> refused = new ArrayList<>();
            results.forEach(r -> {
                if ("REFUSED".equals(r.path("status").asString())) {
                    refused.add(r.path("loanId").asString() + ": "
                            + r.path("reason").asString());
                }
            });
            if (!refused.isEmpty()) {
                next.addFlashAttribute("refused", refused);
            }
            return results;
        });
    }

    @PostMapping("/app/secondary/listings/{listingId}/cancellation")
    String cancel(
            @PathVariable String listingId,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user,
            RedirectAttributes next) {
        return send(next, Map.of(), "cancel", () -> {
            services.delete(
                    Service.LENDING,
                    "/api/lending/secondary-market/listings/"
                            + UriUtils.encodePathSegment(listingId, StandardCharsets.UTF_8),
                    user);
            return null;
        });
    }

    @PostMapping("/app/secondary/listings/{listingId}/purchase")
    String buy(
            @PathVariable String listingId,
            @RequestParam String idempotencyKey,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user,
            RedirectAttributes next) {
        return send(next, Map.of(), "buy", () -> {
            JsonNode bought = services.post(
                    Service.LENDING,
                    "/api/lending/secondary-market/listings/"
                            + UriUtils.encodePathSegment(listingId, StandardCharsets.UTF_8) + "/purchase",
                    null,
                    idempotencyKey,
                    user);
            if (bought != null) {
                next.addFlashAttribute("bought", bought);
            }
            return bought;
        });
    }

    private static String send(
            RedirectAttributes next, Map<String, String> typed, String form, Supplier<JsonNode> call) {
        return FormSubmission.send(next, typed, form, call, "/app/secondary");
    }
}
