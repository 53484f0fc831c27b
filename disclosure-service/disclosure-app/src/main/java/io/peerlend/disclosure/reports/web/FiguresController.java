package io.peerlend.disclosure.reports.web;

import io.peerlend.disclosure.audit.AccessLog;
import io.peerlend.disclosure.loanbook.AsOfProduct;
import io.peerlend.disclosure.loanbook.AsOfRebuilds;
import io.peerlend.disclosure.loanbook.SecondaryTrades;
import io.peerlend.disclosure.loanbook.domain.BookRebuild;
import io.peerlend.disclosure.reports.DisclosureProfile;
import io.peerlend.disclosure.reports.FeeScheduleBook;
import io.peerlend.disclosure.reports.domain.OperatingFigures;
import io.peerlend.disclosure.reports.domain.OperatingReport;
import io.peerlend.disclosure.reports.domain.SecondaryMarketFigures;
import io.peerlend.disclosure.reports.domain.SecondaryMarketReport;
import io.peerlend.platform.security.EndpointRules;
import io.peerlend.platform.security.Roles;
import io.peerlend.platform.web.RequestRejectedException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The operating figures as of any past business date, rebuilt from the events (regulator, ops; audited). */
@RestController
class FiguresController {

    private final AsOfRebuilds rebuilds;
    private final Duration wait;
    private final DisclosureProfile profile;
    private final FeeScheduleBook fees;
    private final AccessLog accessLog;
    private final SecondaryTrades trades;

    FiguresController(
            AsOfRebuilds rebuilds,
            DisclosureProfile profile,
            FeeScheduleBook fees,
            AccessLog accessLog,
            SecondaryTrades trades,
            @Value("${peerlend.disclosure.as-of.wait:PT5S}") Duration wait) {
        this.trades = trades;
        this.fees = fees;
        this.rebuilds = rebuilds;
        this.wait = wait;
        this.profile = profile;
        this.accessLog = accessLog;
    }

    @Bean
    static EndpointRules figuresEndpoints() {
        return rules -> rules.requestMatchers(
                        HttpMethod.GET, "/api/disclosure/figures", "/api/disclosure/secondary-market")
                .hasAnyRole(Roles.REGULATOR, Roles.OPS, Roles.OPS_SUPERVISOR);
    }

    /** The operating figures of the book as of a past date, worked out once when it is rebuilt. */
    @Bean
    static AsOfProduct operatingFigures(DisclosureProfile profile, FeeScheduleBook fees) {
        return new AsOfProduct() {
            @Override
            public String name() {
                return "figures";
            }

            @Override
            public Object of(BookRebuild.Book book) {
                return OperatingFigures.on(
                        book.asOf(),
                        profile.currency(),
                        book.loans(),
                        book.lenders(),
                        book.relatedParties(),
                        fees.linesOn(book.asOf(), profile.lateFeeName()),
                        OperatingFigures.NO_PREVIOUS);
            }
        };
    }

    @Operation(
            summary = "The operating report's figures as the book stood at the end of a past business date, "
                    + "rebuilt from every event up to it (regulator, ops; audited); a rebuild that takes longer than "
                    + "a few seconds is answered 202 with where it stands")
    @GetMapping("/api/disclosure/figures")
    OperatingReport figures(@RequestParam String asOf, @AuthenticationPrincipal Jwt caller, Authentication auth) {
        LocalDate date = RequestRejectedException.isoDate("asOf", asOf);
        accessLog.record(caller, auth, "figures as of " + date);
        return rebuilds.answer(date, "figures", OperatingReport.class, wait);
    }

    @Operation(
            summary = "The secondary market's figures for a month (YYYY-MM): sales, principal traded, price paid, "
                    + "average premium and days to sell, listings made, withdrawn and open (regulator, ops; audited)")
    @GetMapping("/api/disclosure/secondary-market")
    SecondaryMarketReport secondaryMarket(
            @RequestParam String month, @AuthenticationPrincipal Jwt caller, Authentication auth) {
        YearMonth period;
        try {
            period = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new RequestRejectedException("month", "must be a month such as 2031-05");
        }
        accessLog.record(caller, auth, "secondary-market figures for " + period);
        return SecondaryMarketFigures.monthly(period, profile.currency(), trades.all(), OperatingFigures.NO_PREVIOUS);
    }
}
