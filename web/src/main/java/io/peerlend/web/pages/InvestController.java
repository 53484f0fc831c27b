package io.peerlend.web.pages;

import io.peerlend.lending.api.InvestorCategory;
import io.peerlend.lending.api.Markets;
import io.peerlend.lending.api.http.AutoInvestRequest;
import io.peerlend.lending.api.http.OfferRequest;
import io.peerlend.web.services.Services;
import io.peerlend.web.services.Services.Service;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;

/**
 * A lender's investing: first the appropriateness assessment and (where the profile asks) the investor category; then
 * the markets with their current lowest rates, their own offers (placed with an idempotency key, cancelled), and the
 * auto-invest rule.
 */
@Controller
class InvestController {

    private final Services services;

    InvestController(Services services) {
        this.services = services;
    }

    @GetMapping("/app/invest")
    String invest(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user, Model model) {
        JsonNode suitability = services.get(Service.LENDING, "/api/lending/suitability", user);
        model.addAttribute("suitability", suitability);
        if (!suitability.path("assessed").asBoolean()) {
            model.addAttribute(
                    "questions", services.get(Service.LENDING, "/api/lending/appropriateness/questions", user));
        }
        model.addAttribute("categories", InvestorCategory.values());
        JsonNode markets = services.get(Service.LENDING, "/public/lending/markets", user);
        model.addAttribute("markets", markets);
        if (model.getAttribute("offerWarned") instanceof Map<?, ?> warned) {
            model.addAttribute("offerWarning", offerWarning(markets, warned));
        }
        model.addAttribute("offers", services.get(Service.LENDING, "/api/lending/offers", user));
        JsonNode rule =
                DashboardController.orNothing(() -> services.get(Service.LENDING, "/api/lending/auto-invest", user));
        model.addAttribute("rule", rule);
        model.addAttribute("ruleMarkets", strings(rule == null ? null : rule.path("markets")));
        model.addAttribute(
                "misunderstood",
                strings(model.getAttribute("assessment") instanceof JsonNode a ? a.path("misunderstood") : null));
        model.addAttribute("grades", Markets.GRADES);
        model.addAttribute("terms", Markets.TERMS);
        model.addAttribute("offerKey", UUID.randomUUID().toString());
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        return "invest";
    }

    /** The answers, one radio group per question: {@code answer.capital=b}. */
    @PostMapping("/app/invest/appropriateness")
    String assess(
            @RequestParam MultiValueMap<String, String> form,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user,
            RedirectAttributes next) {
        Map<String, String> answers = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("answer.") && !values.isEmpty()) {
                answers.put(name.substring("answer.".length()), values.get(0));
            }
        });
        try {
            next.addFlashAttribute(
                    "assessment",
                    services.post(
                            Service.LENDING, "/api/lending/appropriateness", Map.of("answers", answers), null, user));
        } catch (Services.Rejected rejected) {
            next.addFlashAttribute(
                    "errors",
                    Map.of(
                            "appropriateness",
                            answers.isEmpty() ? "answer the questions first" : rejected.getMessage()));
        }
        return "redirect:/app/invest";
    }

    @PostMapping("/app/invest/category")
    String categorise(
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String netInvestableAssets,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user,
            RedirectAttributes next) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", category);
        body.put(
                "netInvestableAssets",
                netInvestableAssets == null || netInvestableAssets.isBlank() ? null : netInvestableAssets.trim());
        return send(
                next,
                Map.of("netInvestableAssets", nonNull(netInvestableAssets)),
                "category",
                () -> services.post(Service.LENDING, "/api/lending/investor-category", body, null, user));
    }

    @PostMapping("/app/invest/offers")
    String offer(
            @RequestParam String grade,
            @RequestParam String termMonths,
            @RequestParam String amount,
            @RequestParam String rate,
            @RequestParam String idempotencyKey,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user,
            RedirectAttributes next) {
        Integer term = Markets.TERMS.stream()
                .filter(t -> t.toString().equals(termMonths))
                .findFirst()
                .orElse(null);
        OfferRequest request = new OfferRequest(grade, term, amount.trim(), rate.trim());
        return send(
                next, Map.of("amount", amount, "rate", rate, "grade", grade, "termMonths", termMonths), "offer", () -> {
                    JsonNode placed =
                            services.post(Service.LENDING, "/api/lending/offers", request, idempotencyKey, user);
                    if (placed != null && placed.path("warning").isString()) {
                        // worded here, in the reader's language, from the market's published rates
                        next.addFlashAttribute(
                                "offerWarned",
                                Map.of(
                                        "market",
                                        placed.path("market").asString(),
                                        "rate",
                                        placed.path("rate").asString()));
                    }
                    return placed;
                });
    }

    @PostMapping("/app/invest/offers/{offerId}/cancellation")
    String cancel(
            @PathVariable String offerId,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user,
            RedirectAttributes next) {
        return send(next, Map.of(), "cancel", () -> {
            services.delete(
                    Service.LENDING,
                    "/api/lending/offers/" + UriUtils.encodePathSegment(offerId, StandardCharsets.UTF_8),
                    user);
            return null;
        });
    }

    /** The rule: which markets (checkboxes {@code market=B:36}), the rate band, the most per loan, reinvesting. */
    @PostMapping("/app/invest/auto")
    String autoInvest(
            @RequestParam(required = false) List<String> market,
            @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam String minRate,
            @RequestParam String maxRate,
            @RequestParam(required = false) String maxPerLoan,
            @RequestParam(defaultValue = "false") boolean reinvestRepayments,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user,
            RedirectAttributes next) {
        List<AutoInvestRequest.Market> markets = new ArrayList<>();
        for (String m : market == null ? List.<String>of() : market) {
            int colon = m.lastIndexOf(':');
            try {
                markets.add(
                        new AutoInvestRequest.Market(m.substring(0, colon), Integer.valueOf(m.substring(colon + 1))));
            } catch (RuntimeException malformed) {
                // not one of the checkboxes this page renders: the service is not asked about it
            }
        }
        AutoInvestRequest request = new AutoInvestRequest(
                enabled,
                markets,
                minRate.isBlank() ? null : minRate.trim(),
                maxRate.trim(),
                maxPerLoan == null || maxPerLoan.isBlank() ? null : maxPerLoan.trim(),
                reinvestRepayments);
        return send(
                next,
                Map.of("minRate", minRate, "maxRate", maxRate, "maxPerLoan", nonNull(maxPerLoan)),
                "auto",
                () -> services.put(Service.LENDING, "/api/lending/auto-invest", request, user));
    }

    /** The warning's words: the rate offered, the market, its break-even and guidance rates. */
    private static List<String> offerWarning(JsonNode markets, Map<?, ?> warned) {
        for (JsonNode m : markets) {
            if (m.path("market").asString().equals(warned.get("market"))) {
                return List.of(
                        String.valueOf(warned.get("rate")),
                        m.path("grade").asString(),
                        m.path("termMonths").asString(),
                        m.path("breakEvenRate").asString(""),
                        m.path("guidanceRate").asString(""));
            }
        }
        return null;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new HashSet<>();
        if (array != null) {
            array.forEach(n -> values.add(n.asString()));
        }
        return values;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String send(
            RedirectAttributes next, Map<String, String> typed, String form, Supplier<JsonNode> call) {
        return FormSubmission.send(next, typed, form, call, "/app/invest");
    }
}
