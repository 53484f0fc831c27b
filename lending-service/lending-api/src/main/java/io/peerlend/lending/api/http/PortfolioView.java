package io.peerlend.lending.api.http;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A lender's portfolio: every loan part with what is outstanding and what it has paid; money lent and outstanding by
 * grade; outstanding by arrears bucket; defaults; and the return expected when lending against what it has earned.
 * Amounts are decimal strings in the currency.
 */
public record PortfolioView(
        String currency,
        int parts,
        String lent,
        String outstanding,
        String principalRepaid,
        String interestEarned,
        List<GradeLine> byGrade,
        Map<String, String> outstandingByArrears,
        Defaults defaults,
        Returns returns,
        List<Part> loanParts) {

    public record GradeLine(String grade, int parts, String lent, String outstanding, String interestEarned) {}

    public record Defaults(int parts, String outstanding, String recovered) {}

    /**
     * {@code expectedAnnualPercent}: the parts' rates less the servicing fee, less each loan's expected loss a year
     * ({@code expectedLossAnnualPercent}: its probability of default spread over its term as a yearly rate, times the
     * loss given default; {@code RiskPricing} defines both), weighted by money lent; {@code earnedToDatePercent}:
     * interest earned less principal lost on defaulted parts, over money lent (not annualised).
     * {@code lossGivenDefaultSource}: MEASURED on the platform's own defaults, or the profile's ASSUMED figure.
     */
    public record Returns(
            BigDecimal expectedAnnualPercent,
            BigDecimal earnedToDatePercent,
            String losses,
            BigDecimal expectedLossAnnualPercent,
            BigDecimal lossGivenDefault,
            String lossGivenDefaultSource) {}

    public record Part(
            String loanId,
            String grade,
            int termMonths,
            BigDecimal ratePercent,
            String lent,
            String outstanding,
            String principalRepaid,
            String interestEarned,
            String status,
            String arrears) {}
}
