package io.peerlend.disclosure.loanbook.web;

import io.peerlend.disclosure.audit.AccessLog;
import io.peerlend.disclosure.loanbook.AsOfProduct;
import io.peerlend.disclosure.loanbook.AsOfRebuilds;
import io.peerlend.disclosure.loanbook.LoanBook;
import io.peerlend.disclosure.loanbook.domain.BookBreakdown;
import io.peerlend.disclosure.loanbook.domain.BookRebuild;
import io.peerlend.platform.security.EndpointRules;
import io.peerlend.platform.security.Roles;
import io.peerlend.platform.web.RequestRejectedException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Drill-down into the loan book for supervisors (regulator, ops), every access audited. */
@RestController
class BookController {

    record Breakdown(LocalDate asOf, String by, String currency, List<BookBreakdown.Row> rows) {}

    /** The rebuilt book broken down every way at once, kept with the rebuild (its {@link AsOfProduct}). */
    record Breakdowns(Map<String, List<BookBreakdown.Row>> byDimension) {}

    private final LoanBook book;
    private final AsOfRebuilds rebuilds;
    private final Duration wait;
    private final AccessLog accessLog;
    private final String currency;
    private final Clock clock = Clock.systemUTC();

    BookController(
            LoanBook book,
            AsOfRebuilds rebuilds,
            AccessLog accessLog,
            @Value("${peerlend.disclosure.currency}") String currency,
            @Value("${peerlend.disclosure.as-of.wait:PT5S}") Duration wait) {
        this.book = book;
        this.rebuilds = rebuilds;
        this.wait = wait;
        this.accessLog = accessLog;
        this.currency = currency;
    }

    @Bean
    static EndpointRules bookEndpoints() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/disclosure/book")
                .hasAnyRole(Roles.REGULATOR, Roles.OPS, Roles.OPS_SUPERVISOR);
    }

    /** Every breakdown of the book as of a past date, worked out once when it is rebuilt. */
    @Bean
    static AsOfProduct bookBreakdowns(@Value("${peerlend.disclosure.currency}") String currency) {
        return new AsOfProduct() {
            @Override
            public String name() {
                return "book";
            }

            @Override
            public Object of(BookRebuild.Book rebuilt) {
                Map<String, List<BookBreakdown.Row>> all = new LinkedHashMap<>();
                for (BookBreakdown.Dimension d : BookBreakdown.Dimension.values()) {
                    all.put(d.name(), BookBreakdown.by(d, rebuilt.loans(), rebuilt.asOf(), currency));
                }
                return new Breakdowns(all);
            }
        };
    }

    @Operation(
            summary = "The loan book by grade, term, vintage or status, as it stands or, with asOf, as it stood at "
                    + "the end of a past business date, rebuilt from the events (regulator, ops; audited); a "
                    + "rebuild that takes longer than a few seconds is answered 202 with where it stands")
    @GetMapping("/api/disclosure/book")
    Breakdown book(
            @RequestParam(defaultValue = "grade") String by,
            @RequestParam(required = false) String asOf,
            @AuthenticationPrincipal Jwt caller,
            Authentication auth) {
        BookBreakdown.Dimension dimension = Arrays.stream(BookBreakdown.Dimension.values())
                .filter(d -> d.name().equalsIgnoreCase(by))
                .findFirst()
                .orElseThrow(() -> new RequestRejectedException("by", "must be one of grade, term, vintage, status"));
        String name = dimension.name().toLowerCase(Locale.ROOT);
        if (asOf != null) {
            LocalDate date = RequestRejectedException.isoDate("asOf", asOf);
            accessLog.record(caller, auth, "loan book by " + name + " as of " + date);
            Breakdowns rebuilt = rebuilds.answer(date, "book", Breakdowns.class, wait);
            return new Breakdown(date, name, currency, rebuilt.byDimension().get(dimension.name()));
        }
        accessLog.record(caller, auth, "loan book by " + name);
        LocalDate today = book.businessDate() != null ? book.businessDate() : LocalDate.now(clock);
        return new Breakdown(today, name, currency, BookBreakdown.by(dimension, book.loans(), today, currency));
    }
}
