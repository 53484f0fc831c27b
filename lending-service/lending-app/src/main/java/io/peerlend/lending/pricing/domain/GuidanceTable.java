package io.peerlend.lending.pricing.domain;

import io.peerlend.lending.api.LossGivenDefault;
import io.peerlend.lending.api.Markets;
import io.peerlend.lending.api.RiskPricing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every market's guidance rate (grade × term) from one scorecard's grade PDs, the loss given default and the profile's
 * fee and margin ({@link RiskPricing} defines each figure). A grade the model gives no PD for has no guidance.
 */
public record GuidanceTable(
        String modelVersion,
        LossGivenDefault lossGivenDefault,
        BigDecimal feeShare,
        BigDecimal margin,
        LocalDate asOf,
        List<MarketGuidance> markets) {

    public record MarketGuidance(
            String marketId, String grade, int termMonths, BigDecimal pd, RiskPricing.Guidance g) {}

    public GuidanceTable {
        markets = List.copyOf(markets);
    }

    public static GuidanceTable of(
            String modelVersion,
            Map<String, BigDecimal> pdByGrade,
            LossGivenDefault lossGivenDefault,
            PricingPolicy policy,
            LocalDate asOf) {
        List<MarketGuidance> markets = new ArrayList<>();
        for (String grade : Markets.GRADES) {
            BigDecimal pd = pdByGrade.get(grade);
            if (pd == null) {
                continue;
            }
            for (int term : Markets.TERMS) {
                markets.add(new MarketGuidance(
                        Markets.id(grade, term),
                        grade,
                        term,
                        pd,
                        RiskPricing.guidance(pd, term, lossGivenDefault.rate(), policy.feeShare(), policy.margin())));
            }
        }
        return new GuidanceTable(modelVersion, lossGivenDefault, policy.feeShare(), policy.margin(), asOf, markets);
    }

    public Optional<MarketGuidance> of(String marketId) {
        return markets.stream().filter(m -> m.marketId().equals(marketId)).findFirst();
    }

    /** The market's guidance rate in basis points, if it has one. */
    public Optional<Integer> guidanceBps(String marketId) {
        return of(marketId).map(m -> m.g().rate().movePointRight(4).intValueExact());
    }

    /**
     * Why an offer at {@code rateBps} in the market expects to lose money, or empty when its interest after the fee
     * covers the expected loss (or the market has no guidance).
     */
    public Optional<String> warning(String marketId, int rateBps) {
        return of(marketId)
                .filter(m -> RiskPricing.belowBreakEven(BigDecimal.valueOf(rateBps, 4), feeShare, m.g().expectedLoss()))
                .map(m -> "at " + percent(BigDecimal.valueOf(rateBps, 4)) + " this offer is expected to lose money: "
                        + "loans in " + m.grade() + " over " + m.termMonths() + " months are expected to lose "
                        + percent(m.g().expectedLoss()) + " a year, which needs at least "
                        + percent(m.g().breakEvenRate()) + " before the servicing fee; the guidance rate is "
                        + percent(m.g().rate()));
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
