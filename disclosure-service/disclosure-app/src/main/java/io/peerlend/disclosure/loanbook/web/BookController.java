package io.peerlend.disclosure.loanbook.web;

import io.peerlend.disclosure.audit.AccessLog;
import io.peerlend.disclosure.loanbook.BookHistory;
import io.peerlend.disclosure.loanbook.LoanBook;
import io.peerlend.disclosure.loanbook.domain.BookBreakdown;
import io.peerlend.platform.security.EndpointRules;
import io.peerlend.platform.security.Roles;
import io.peerlend.platform.web.RequestRejectedException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    private final LoanBook book;
    private final BookHistory history;
    private final AccessLog accessLog;
    private final String currency;
    private final Clock clock = Clock.systemUTC();

    BookController(
            LoanBook book,
            BookHistory history,
            AccessLog accessLog,
            @Value("${peerlend.disclosure.currency}") String currency) {
        this.book = book;
        this.history = history;
        this.accessLog = accessLog;
        this.currency = currency;
    }

    @Bean
    static EndpointRules bookEndpoints() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/disclosure/book")
                .hasAnyRole(Roles.REGULATOR, Roles.OPS, Roles.OPS_SUPERVISOR);
    }

    @Operation(
            summary = "The loan book by grade, term, vintage or status, as it stands or, with asOf, as it stood at "
                    + "the end of a past business date, rebuilt from the events (regulator, ops; audited)")
    @GetMapping("/api/disclosure/book")
    Breakdown book(
            @RequestParam(defaultValue = "grade") String by,
            @RequestParam(required = false) String asOf,
            @AuthenticationPrincipal Jwt caller,
            Authentication auth)
            throws InterruptedException {
        BookBreakdown.Dimension dimension = Arrays.stream(BookBreakdown.Dimension.values())
                .filter(d -> d.name().equalsIgnoreCase(by))
                .findFirst()
                .orElseThrow(() -> new RequestRejectedException("by", "must be one of grade, term, vintage, status"));
        String name = dimension.name().toLowerCase(Locale.ROOT);
        if (asOf != null) {
            LocalDate date = RequestRejectedException.isoDate("asOf", asOf);
            accessLog.record(caller, auth, "loan book by " + name + " as of " + date);
            return new Breakdown(
                    date,
                    name,
                    currency,
                    BookBreakdown.by(dimension, history.bookAsOf(date).loans(), date, currency));
        }
        accessLog.record(caller, auth, "loan book by " + name);
        LocalDate today = book.businessDate() != null ? book.businessDate() : LocalDate.now(clock);
        return new Breakdown(today, name, currency, BookBreakdown.by(dimension, book.loans(), today, currency));
    }
}
