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
     * {@code expectedAnnualPercent}: the parts' rates less the servicing fee, less each loan's probability of default
     * spread over its years (weighted by money lent); {@code earnedToDatePercent}: interest earned less principal
     * lost on defaulted parts, over money lent (not annualised).
     */
    public record Returns(BigDecimal expectedAnnualPercent, BigDecimal earnedToDatePercent, String losses) {}

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
