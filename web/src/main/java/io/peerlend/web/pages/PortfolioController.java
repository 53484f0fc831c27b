package io.peerlend.web.pages;

import io.peerlend.web.services.Services;
import io.peerlend.web.services.Services.Service;
import io.peerlend.web.statements.Statements;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;

/**
 * A lender's portfolio — money lent by grade, interest earned month by month, what is in arrears and what defaulted,
 * the expected and earned returns, the loan parts — and their account statement to download as CSV or PDF.
 */
@Controller
class PortfolioController {

    /** Parts listed on the page; the lending service's answer has them all. */
    static final int PARTS_SHOWN = 100;

    private final Services services;
    private final ZoneId zone;

    PortfolioController(Services services, @Value("${peerlend.web.time-zone:Europe/London}") String zone) {
        this.services = services;
        this.zone = ZoneId.of(zone);
    }

    @GetMapping("/app/portfolio")
    String portfolio(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user, Model model) {
        JsonNode portfolio = services.get(Service.LENDING, "/api/lending/portfolio?parts=" + PARTS_SHOWN, user);
        JsonNode account =
                DashboardController.orNothing(() -> services.get(Service.LENDING, "/api/lending/accounts/me", user));
        model.addAttribute("portfolio", portfolio);
        Map<String, BigDecimal> byGrade = new LinkedHashMap<>();
        portfolio
                .path("byGrade")
                .forEach(g -> byGrade.put(
                        g.path("grade").asString(),
                        new BigDecimal(g.path("lent").asString("0"))));
        model.addAttribute("lentByGrade", Bars.of(byGrade));
        Map<String, BigDecimal> arrears = new LinkedHashMap<>();
        portfolio
                .path("outstandingByArrears")
                .properties()
                .forEach(
                        e -> arrears.put(e.getKey(), new BigDecimal(e.getValue().asString("0"))));
        model.addAttribute("arrears", Bars.of(arrears));
        model.addAttribute("interestByMonth", Bars.of(interestByMonth(account, zone)));
        model.addAttribute("partsShown", PARTS_SHOWN);
        return "portfolio";
    }

    /** Interest received, by the month it arrived (from the statement's INTEREST_… lines). */
    static Map<String, BigDecimal> interestByMonth(JsonNode account, ZoneId zone) {
        Map<String, BigDecimal> months = new TreeMap<>();
        if (account != null) {
            for (JsonNode line : account.path("statement")) {
                if (line.path("type").asString().startsWith("INTEREST")) {
                    String month = YearMonth.from(
                                    Instant.parse(line.path("at").asString()).atZone(zone))
                            .toString();
                    months.merge(month, new BigDecimal(line.path("amount").asString("0")), BigDecimal::add);
                }
            }
        }
        return months;
    }

    @GetMapping("/app/money/statement.csv")
    ResponseEntity<byte[]> csv(@RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user) {
        JsonNode account = services.get(Service.LENDING, "/api/lending/accounts/me", user);
        return download(Statements.csv(account, zone), "peerlend-statement.csv", "text/csv;charset=UTF-8");
    }

    @GetMapping("/app/money/statement.pdf")
    ResponseEntity<byte[]> pdf(
            @AuthenticationPrincipal OidcUser who,
            @RegisteredOAuth2AuthorizedClient("keycloak") OAuth2AuthorizedClient user,
            Locale language) {
        JsonNode account = services.get(Service.LENDING, "/api/lending/accounts/me", user);
        String name = who.getFullName() != null ? who.getFullName() : who.getPreferredUsername();
        return download(
                Statements.pdf(account, name, zone, Instant.now(), language),
                "peerlend-statement.pdf",
                MediaType.APPLICATION_PDF_VALUE);
    }

    private static ResponseEntity<byte[]> download(byte[] body, String filename, String type) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.parseMediaType(type))
                .body(body);
    }
}
