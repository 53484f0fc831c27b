package io.peerlend.web.pages;

import io.peerlend.kyc.api.ComplaintOutcome;
import io.peerlend.kyc.api.ComplaintResponseRequest;
import io.peerlend.kyc.api.OfficerDecision;
import io.peerlend.web.services.Services;
import io.peerlend.web.services.Services.Service;
import io.peerlend.web.services.SystemHealth;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The operations portal: the KYC review queue with its sanctions hits (a block is cleared by four eyes: one officer
 * proposes, a supervisor approves — the KYC service enforces it), AML cases, complaints, loans in arrears and
 * recoveries, the ledger's reconciliation, the business day, and (for supervisors) the staff audit log. Every change
 * goes to the service as the officer, and every service records it in the audit trail.
 */
@Controller
class OpsController {

    private final Services services;
    private final SystemHealth systemHealth;

    OpsController(Services services, SystemHealth systemHealth) {
        this.services = services;
        this.systemHealth = systemHealth;
    }

    @GetMapping("/app/ops")
    String overview(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user, Model model) {
        model.addAttribute("reviews", services.get(Service.KYC, "/api/kyc/reviews", user));
        model.addAttribute("cases", services.get(Service.KYC, "/api/kyc/aml/cases?status=OPEN", user));
        model.addAttribute("complaints", services.get(Service.KYC, "/api/kyc/complaints?status=OPEN", user));
        model.addAttribute("arrears", services.get(Service.LENDING, "/api/lending/ops/loans/arrears", user));
        model.addAttribute("businessDate", services.get(Service.LENDING, "/api/lending/business-date", user));
        return "ops/overview";
    }

    @GetMapping("/app/ops/reviews")
    String reviews(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user, Model model) {
        model.addAttribute("reviews", services.get(Service.KYC, "/api/kyc/reviews", user));
        model.addAttribute("sanctions", services.get(Service.KYC, "/api/kyc/sanctions", user));
        return page("ops/reviews", model);
    }

    /** {@code decision}: clearance (a block: proposed, then approved by a supervisor) or rejection. */
    @PostMapping("/app/ops/reviews/{customerId}/{decision}")
    String decide(
            @PathVariable String customerId,
            @PathVariable String decision,
            @RequestParam String note,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user,
            RedirectAttributes next) {
        if (!Set.of("clearance", "rejection").contains(decision)) {
            return "redirect:/app/ops/reviews";
        }
        return act(
                next,
                "/app/ops/reviews",
                customerId,
                "decision-" + decision,
                () -> services.post(
                        Service.KYC,
                        "/api/kyc/customers/" + seg(customerId) + "/" + decision,
                        new OfficerDecision(note.trim()),
                        null,
                        user));
    }

    @GetMapping("/app/ops/aml")
    String aml(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user, Model model) {
        model.addAttribute("cases", services.get(Service.KYC, "/api/kyc/aml/cases?status=OPEN", user));
        return page("ops/aml", model);
    }

    /** {@code decision}: clearance (explained) or report (a suspicious activity report). */
    @PostMapping("/app/ops/aml/{caseId}/{decision}")
    String closeCase(
            @PathVariable String caseId,
            @PathVariable String decision,
            @RequestParam String note,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user,
            RedirectAttributes next) {
        if (!Set.of("clearance", "report").contains(decision)) {
            return "redirect:/app/ops/aml";
        }
        return act(
                next,
                "/app/ops/aml",
                caseId,
                "case-" + decision,
                () -> services.post(
                        Service.KYC,
                        "/api/kyc/aml/cases/" + seg(caseId) + "/" + decision,
                        new OfficerDecision(note.trim()),
                        null,
                        user));
    }

    @GetMapping("/app/ops/complaints")
    String complaints(
            @RequestParam(required = false) String status,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user,
            Model model) {
        String wanted =
                status != null && Set.of("OPEN", "RESOLVED", "ESCALATED").contains(status) ? status : "OPEN";
        model.addAttribute("status", wanted);
        model.addAttribute("complaints", services.get(Service.KYC, "/api/kyc/complaints?status={s}", user, wanted));
        return page("ops/complaints", model);
    }

    @GetMapping("/app/ops/complaints/{id}")
    String complaint(
            @PathVariable String id,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user,
            Model model) {
        model.addAttribute("complaint", services.get(Service.KYC, "/api/kyc/complaints/{id}", user, id));
        model.addAttribute("outcomes", ComplaintOutcome.values());
        return page("ops/complaint", model);
    }

    @PostMapping("/app/ops/complaints/{id}/response")
    String respond(
            @PathVariable String id,
            @RequestParam(required = false) String outcome,
            @RequestParam String response,
            @RequestParam(required = false) String redress,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user,
            RedirectAttributes next) {
        ComplaintOutcome finding;
        try {
            finding = ComplaintOutcome.valueOf(outcome);
        } catch (RuntimeException e) {
            finding = null;
        }
        ComplaintResponseRequest body = new ComplaintResponseRequest(
                finding, response, redress == null || redress.isBlank() ? null : redress.trim());
        next.addFlashAttribute("typed", Map.of("response", response, "redress", redress == null ? "" : redress));
        return act(
                next,
                "/app/ops/complaints/" + seg(id),
                null,
                "response",
                () -> services.post(Service.KYC, "/api/kyc/complaints/" + seg(id) + "/response", body, null, user));
    }

    @GetMapping("/app/ops/servicing")
    String servicing(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user, Model model) {
        model.addAttribute("arrears", services.get(Service.LENDING, "/api/lending/ops/loans/arrears", user));
        model.addAttribute("recoveryKey", UUID.randomUUID().toString());
        return page("ops/servicing", model);
    }

    /**
     * Money recovered on a defaulted loan (moves money: the form's idempotency key): collected through the payment
     * provider, or received elsewhere and proposed with its evidence for a supervisor's approval.
     */
    @PostMapping("/app/ops/servicing/{loanId}/recoveries")
    String recover(
            @PathVariable String loanId,
            @RequestParam String amount,
            @RequestParam(defaultValue = "PAYMENT") String source,
            @RequestParam(required = false) String evidence,
            @RequestParam String idempotencyKey,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user,
            RedirectAttributes next) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("amount", amount.trim());
        body.put("source", source);
        if (evidence != null && !evidence.isBlank()) {
            body.put("evidence", evidence.trim());
        }
        return act(
                next,
                "/app/ops/servicing",
                loanId,
                "recovery",
                () -> services.post(
                        Service.LENDING,
                        "/api/lending/ops/loans/" + seg(loanId) + "/recoveries",
                        body,
                        idempotencyKey,
                        user));
    }

    /** A supervisor approves a recovery another officer proposed (the lending service refuses the proposer). */
    @PostMapping("/app/ops/servicing/{loanId}/recoveries/{reference}/approval")
    String approveRecovery(
            @PathVariable String loanId,
            @PathVariable String reference,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user,
            RedirectAttributes next) {
        return act(
                next,
                "/app/ops/servicing",
                loanId,
                "recovery-approval",
                () -> services.post(
                        Service.LENDING,
                        "/api/lending/ops/loans/" + seg(loanId) + "/recoveries/" + seg(reference) + "/approval",
                        Map.of(),
                        null,
                        user));
    }

    @GetMapping("/app/ops/ledger")
    String ledger(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user, Model model) {
        JsonNode ledger = services.get(Service.LENDING, "/api/lending/ledger/reconciliation", user);
        model.addAttribute("ledger", ledger);
        model.addAttribute("balancesByKind", balancesByKind(ledger.path("balances")));
        return page("ops/ledger", model);
    }

    /**
     * Balances summed by kind of account ({@code borrower-loan:…} for every loan is one line): thousands of per-loan
     * and per-lender accounts are for the journal, not for a page.
     */
    static Map<String, Long> balancesByKind(JsonNode balances) {
        Map<String, Long> byKind = new TreeMap<>();
        balances.properties().forEach(e -> {
            int colon = e.getKey().indexOf(':');
            byKind.merge(
                    colon < 0 ? e.getKey() : e.getKey().substring(0, colon),
                    e.getValue().asLong(),
                    Long::sum);
        });
        return byKind;
    }

    @GetMapping("/app/ops/business-day")
    String businessDay(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user, Model model) {
        model.addAttribute("businessDate", services.get(Service.LENDING, "/api/lending/business-date", user));
        JsonNode runs = services.get(Service.LENDING, "/api/lending/ops/close-of-business", user);
        model.addAttribute("runs", runs);
        // a close of business still running: the page looks again until it has finished
        boolean running = false;
        for (JsonNode run : runs) {
            running |= run.path("status").isString()
                    ? !"DONE".equals(run.path("status").asString())
                    : run.path("finishedAt").isNull() || run.path("finishedAt").isMissingNode();
        }
        model.addAttribute("working", running);
        return page("ops/business-day", model);
    }

    @PostMapping("/app/ops/business-day/date")
    String advance(
            @RequestParam String to,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user,
            RedirectAttributes next) {
        String date = to.trim();
        if (!date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            next.addFlashAttribute("errors", Map.of("to", "must be a date such as 2027-01-31"));
            next.addFlashAttribute("typed", Map.of("to", to));
            return "redirect:/app/ops/business-day";
        }
        return act(
                next,
                "/app/ops/business-day",
                null,
                "date",
                () -> services.post(Service.LENDING, "/api/lending/business-date", Map.of("to", date), null, user));
    }

    @PostMapping("/app/ops/business-day/close")
    String closeOfBusiness(
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user, RedirectAttributes next) {
        return act(
                next,
                "/app/ops/business-day",
                null,
                "close",
                () -> services.post(Service.LENDING, "/api/lending/ops/close-of-business", Map.of(), null, user));
    }

    /**
     * Each part's instances: health, dependencies, event processors' lag, circuit breakers; the alerts firing
     * (docs/operations.md).
     */
    @GetMapping("/app/ops/system")
    String system(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user, Model model) {
        model.addAttribute("instances", systemHealth.instances());
        model.addAttribute("identityProvider", systemHealth.identityProvider());
        model.addAttribute("alerts", systemHealth.alerts());
        model.addAttribute("lastClose", lastCloseOfBusiness(user));
        return page("ops/system", model);
    }

    /** The newest business day close of business has recorded, or null (none yet, or lending does not answer). */
    private JsonNode lastCloseOfBusiness(OAuth2AuthorizedClient user) {
        JsonNode newest = null;
        try {
            for (JsonNode run : services.get(Service.LENDING, "/api/lending/ops/close-of-business", user)) {
                String date = run.path("date").asString("");
                if (newest == null || date.compareTo(newest.path("date").asString("")) > 0) {
                    newest = run;
                }
            }
        } catch (RuntimeException lendingDown) {
            // the page is for when things are wrong: the instances above say whether lending answers
            return null;
        }
        return newest;
    }

    @GetMapping("/app/ops/audit")
    String audit(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String customer,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user,
            Model model) {
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("actor", actor == null ? "" : actor.strip());
        filter.put("customer", customer == null ? "" : customer.strip());
        filter.put("from", from == null ? "" : from.strip());
        filter.put("to", to == null ? "" : to.strip());
        model.addAttribute("filter", filter);
        try {
            model.addAttribute(
                    "entries",
                    services.get(
                            Service.KYC,
                            "/api/kyc/audit/trail?actor={a}&customer={c}&from={f}&to={t}",
                            user,
                            filter.get("actor"),
                            filter.get("customer"),
                            filter.get("from"),
                            filter.get("to")));
        } catch (HttpClientErrorException.BadRequest e) {
            // a date the service refused: the page says which field, and shows no entries
            model.addAttribute("entries", JsonNodeFactory.instance.arrayNode());
            model.addAttribute("filterError", e.getResponseBodyAs(JsonNode.class));
        }
        return page("ops/audit", model);
    }

    private static String page(String view, Model model) {
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        return view;
    }

    /**
     * Sends the officer's decision; what the service says — done, or why not — comes back beside the form it came
     * from ({@code form}, and the item it was about).
     */
    private static String act(RedirectAttributes next, String back, String item, String form, Supplier<JsonNode> call) {
        String key = item == null ? form : form + ":" + item;
        try {
            JsonNode answer = call.get();
            next.addFlashAttribute("done", form);
            next.addFlashAttribute("doneItem", item);
            if (answer != null && answer.path("status").isString()) {
                next.addFlashAttribute("doneStatus", answer.path("status").asString());
            }
        } catch (Services.Rejected rejected) {
            Map<String, String> errors = new LinkedHashMap<>();
            rejected.errors().forEach(e -> errors.merge(key + ":" + e.field(), e.message(), (a, b) -> a + "; " + b));
            errors.put(
                    key,
                    rejected.errors().isEmpty()
                            ? rejected.getMessage()
                            : String.join(
                                    "; ", Services.byField(rejected.errors()).values()));
            next.addFlashAttribute("errors", errors);
        }
        return "redirect:" + back;
    }

    private static String seg(String id) {
        return UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }
}
