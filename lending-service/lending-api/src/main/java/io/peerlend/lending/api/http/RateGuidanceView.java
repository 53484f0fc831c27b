package io.peerlend.lending.api.http;

import java.util.List;

/**
 * The markets' guidance rates (GET /public/lending/markets/guidance), each figure as {@code RiskPricing} defines it.
 * Percentages are decimal strings with two places, a year unless said; {@code pdOverTerm} is over the loan's term.
 */
public record RateGuidanceView(
        String modelVersion,
        String asOf,
        String lossGivenDefault,
        String lossGivenDefaultSource,
        long defaultsMeasured,
        String servicingFeeOfInterest,
        String margin,
        List<Market> markets,
        List<String> definitions) {

    public record Market(
            String market,
            String grade,
            int termMonths,
            String pdOverTerm,
            String yearlyDefaultRate,
            String expectedLoss,
            String fee,
            String margin,
            String breakEvenRate,
            String guidanceRate) {}
}
