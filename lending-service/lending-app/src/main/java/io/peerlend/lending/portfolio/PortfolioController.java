package io.peerlend.lending.portfolio;

import io.peerlend.lending.api.LossGivenDefault;
import io.peerlend.lending.api.RiskPricing;
import io.peerlend.lending.api.http.PortfolioView;
import io.peerlend.lending.calendar.Today;
import io.peerlend.lending.pricing.RateGuidance;
import io.peerlend.lending.product.Amounts;
import io.peerlend.lending.product.LoanProductPolicy;
import io.peerlend.platform.security.EndpointRules;
import io.peerlend.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A lender's own portfolio (nobody else's): parts, exposure by grade and arrears, defaults, returns. */
@RestController
class PortfolioController {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PortfolioReadModel holdings;
    private final LoanProductPolicy product;
    private final RateGuidance pricing;
    private final Today today;

    PortfolioController(PortfolioReadModel holdings, LoanProductPolicy product, RateGuidance pricing, Today today) {
        this.holdings = holdings;
        this.product = product;
        this.pricing = pricing;
        this.today = today;
    }

    @Bean
    static EndpointRules portfolioEndpoints() {
        return rules ->
                rules.requestMatchers(HttpMethod.GET, "/api/lending/portfolio").hasRole(Roles.LENDER);
    }

    @Operation(
            summary = "Your portfolio: loan parts, exposure by grade and arrears, defaults, returns (role lender); "
                    + "?parts=N lists only the first N parts (the figures always cover them all)")
    @GetMapping("/api/lending/portfolio")
    PortfolioView mine(
            @AuthenticationPrincipal Jwt lender, @RequestParam(name = "parts", defaultValue = "0") int listed) {
        List<PortfolioReadModel.Holding> parts = holdings.of(lender.getSubject());
        String c = product.currency();
        long lent = 0;
        long outstanding = 0;
        long repaid = 0;
        long interest = 0;
        long losses = 0;
        long recovered = 0;
        int defaulted = 0;
        long defaultedOutstanding = 0;
        BigDecimal expectedWeighted = BigDecimal.ZERO;
        BigDecimal lossWeighted = BigDecimal.ZERO;
        LossGivenDefault lgd = pricing.lossGivenDefault(today.date());
        BigDecimal feeShare = pricing.policy().feeShare();
        Map<String, long[]> byGrade = new TreeMap<>();
        Map<String, Long> byArrears = new LinkedHashMap<>();
        for (PortfolioReadModel.Holding h : parts) {
            lent += h.lent() - h.sold();
            outstanding += h.outstanding();
            repaid += h.principalRepaid();
            interest += h.interestReceived();
            recovered += h.recovered();
            long[] g = byGrade.computeIfAbsent(h.grade(), k -> new long[4]);
            g[0]++;
            g[1] += h.lent() - h.sold();
            g[2] += h.outstanding();
            g[3] += h.interestReceived();
            if (h.outstanding() > 0) {
                byArrears.merge(h.arrears(), h.outstanding(), Long::sum);
            }
            if ("DEFAULTED".equals(h.status())) {
                defaulted++;
                defaultedOutstanding += h.outstanding();
                losses += h.outstanding();
            }
            BigDecimal loss =
                    h.pd() == null ? BigDecimal.ZERO : RiskPricing.expectedLoss(h.pd(), h.termMonths(), lgd.rate());
            BigDecimal rate = h.ratePercent().movePointLeft(2);
            BigDecimal held = BigDecimal.valueOf(h.lent() - h.sold());
            expectedWeighted = expectedWeighted.add(
                    RiskPricing.expectedReturn(rate, feeShare, loss).multiply(held));
            lossWeighted = lossWeighted.add(loss.multiply(held));
        }
        BigDecimal expected = weightedPercent(expectedWeighted, lent);
        BigDecimal expectedLoss = weightedPercent(lossWeighted, lent);
        BigDecimal earned = lent == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(interest - losses)
                        .multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(lent), MC)
                        .setScale(2, RoundingMode.HALF_EVEN);
        Map<String, String> arrears = new LinkedHashMap<>();
        byArrears.forEach((bucket, amount) -> arrears.put(bucket, Amounts.format(amount, c)));
        return new PortfolioView(
                c,
                parts.size(),
                Amounts.format(lent, c),
                Amounts.format(outstanding, c),
                Amounts.format(repaid, c),
                Amounts.format(interest, c),
                byGrade.entrySet().stream()
                        .map(e -> new PortfolioView.GradeLine(
                                e.getKey(),
                                (int) e.getValue()[0],
                                Amounts.format(e.getValue()[1], c),
                                Amounts.format(e.getValue()[2], c),
                                Amounts.format(e.getValue()[3], c)))
                        .toList(),
                arrears,
                new PortfolioView.Defaults(
                        defaulted, Amounts.format(defaultedOutstanding, c), Amounts.format(recovered, c)),
                new PortfolioView.Returns(
                        expected,
                        earned,
                        Amounts.format(losses, c),
                        expectedLoss,
                        lgd.rate().setScale(4, RoundingMode.HALF_UP),
                        lgd.measured() ? "MEASURED" : "ASSUMED"),
                parts.stream()
                        .limit(listed > 0 ? listed : Long.MAX_VALUE)
                        .map(h -> new PortfolioView.Part(
                                h.loanId(),
                                h.grade(),
                                h.termMonths(),
                                h.ratePercent(),
                                Amounts.format(h.lent(), c),
                                Amounts.format(h.outstanding(), c),
                                Amounts.format(h.principalRepaid(), c),
                                Amounts.format(h.interestReceived(), c),
                                h.shownStatus(),
                                h.arrears()))
                        .toList());
    }

    /** Σ fraction × lent ÷ lent, as a percentage with two places. */
    private static BigDecimal weightedPercent(BigDecimal weighted, long lent) {
        return lent == 0
                ? BigDecimal.ZERO
                : weighted.movePointRight(2)
                        .divide(BigDecimal.valueOf(lent), MC)
                        .setScale(2, RoundingMode.HALF_EVEN);
    }
}
