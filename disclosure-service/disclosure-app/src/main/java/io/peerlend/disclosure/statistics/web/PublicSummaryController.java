package io.peerlend.disclosure.statistics.web;

import io.peerlend.disclosure.api.PlatformSummary;
import io.peerlend.disclosure.statistics.readmodel.ApplicationStatistics;
import io.peerlend.disclosure.statistics.readmodel.FeeIncomeBook;
import io.peerlend.disclosure.statistics.readmodel.FeeIncomeBook.Kind;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Currency;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PublicSummaryController {

    private final ApplicationStatistics statistics;
    private final FeeIncomeBook fees;
    private final String currency;

    PublicSummaryController(
            ApplicationStatistics statistics,
            FeeIncomeBook fees,
            @Value("${peerlend.disclosure.currency}") String currency) {
        this.statistics = statistics;
        this.fees = fees;
        this.currency = currency;
    }

    @Operation(summary = "Public platform figures (no login)")
    @GetMapping("/public/disclosure/summary")
    PlatformSummary summary() {
        Map<Kind, Long> income = fees.totals();
        long total = income.values().stream().mapToLong(Long::longValue).sum();
        return new PlatformSummary(
                statistics.applicationsSubmitted(),
                new PlatformSummary.FeeIncome(
                        currency,
                        money(income.get(Kind.ORIGINATION)),
                        money(income.get(Kind.PROVISION_FUND)),
                        money(income.get(Kind.SERVICING)),
                        money(income.get(Kind.LATE)),
                        money(total)),
                Clock.systemUTC().instant());
    }

    private String money(long minor) {
        return BigDecimal.valueOf(minor, Currency.getInstance(currency).getDefaultFractionDigits())
                .toPlainString();
    }
}
