package io.peerlend.disclosure.indicators.domain;

import io.peerlend.disclosure.loanbook.domain.LoanFact;
import io.peerlend.disclosure.loanbook.domain.LoanStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The supervisory indicators on a business date, from the loan book, the provision fund and lenders' cash (definitions
 * in docs/disclosure.md). Pure.
 *
 * @param fundBalanceMinor        what the provision fund holds
 * @param lenderCashMinor         lenders' money on the platform not lent out (after withdrawals asked for)
 * @param withdrawalsLast30Minor  lender withdrawals asked for in the 30 days to the date
 * @param modelPsi                the credit model's population stability index ({@link ModelStability}), or null
 */
public final class EarlyWarning {

    public static final String OVERDUE_RATE = "overdue-rate";
    public static final String OVER_90_RATE = "over-90-days-rate";
    public static final String TOP_10_SHARE = "top-10-borrowers-share";
    public static final String FUND_COVERAGE = "provision-fund-coverage";
    public static final String LIQUIDITY = "liquidity";
    public static final String GROWTH = "lending-growth";
    public static final String MODEL_PSI = "credit-model-stability";

    private EarlyWarning() {}

    public static List<Indicator> on(
            LocalDate date,
            Iterable<LoanFact> loans,
            long fundBalanceMinor,
            long lenderCashMinor,
            long withdrawalsLast30Minor,
            BigDecimal modelPsi,
            Thresholds limits) {
        long outstanding = 0;
        long overdue = 0;
        long over90 = 0;
        BigDecimal expectedLosses = BigDecimal.ZERO;
        Map<String, Long> owed = new HashMap<>();
        // growth: lending issued in the date's month so far against the average of the three months before
        LocalDate monthStart = date.withDayOfMonth(1);
        LocalDate windowStart = monthStart.minusMonths(3);
        long issuedThisMonth = 0;
        long issuedBefore = 0;
        for (LoanFact f : loans) {
            if (!f.issued() || f.issuedOn().isAfter(date)) {
                continue;
            }
            if (!f.issuedOn().isBefore(windowStart)) {
                if (f.issuedOn().isBefore(monthStart)) {
                    issuedBefore += f.principalMinor();
                } else {
                    issuedThisMonth += f.principalMinor();
                }
            }
            if (!f.outstanding()) {
                continue;
            }
            long p = f.outstandingPrincipalMinor();
            outstanding += p;
            owed.merge(f.borrowerKey(), p, Long::sum);
            boolean defaulted = f.status() == LoanStatus.DEFAULTED;
            overdue += defaulted || f.daysPastDue() > 0 ? p : 0;
            over90 += defaulted || f.daysPastDue() > 90 ? p : 0;
            if (!defaulted) {
                expectedLosses = expectedLosses.add(f.pd().multiply(BigDecimal.valueOf(p)));
            }
        }
        List<Long> largest = new ArrayList<>(owed.values());
        largest.sort(Comparator.reverseOrder());
        long top10 = largest.stream().limit(10).mapToLong(Long::longValue).sum();
        BigDecimal growth = issuedBefore == 0
                ? null
                : BigDecimal.valueOf(issuedThisMonth)
                        .multiply(BigDecimal.valueOf(3))
                        .divide(BigDecimal.valueOf(issuedBefore), 4, RoundingMode.HALF_UP)
                        .subtract(BigDecimal.ONE);
        BigDecimal coverage = expectedLosses.signum() == 0
                ? null
                : BigDecimal.valueOf(fundBalanceMinor).divide(expectedLosses, 4, RoundingMode.HALF_UP);
        long cashBefore = lenderCashMinor + withdrawalsLast30Minor;
        List<Indicator> indicators = new ArrayList<>(List.of(
                Indicator.atMost(OVERDUE_RATE, ratio(overdue, outstanding), limits.overdueRateMax()),
                Indicator.atMost(OVER_90_RATE, ratio(over90, outstanding), limits.over90RateMax()),
                Indicator.atMost(TOP_10_SHARE, ratio(top10, outstanding), limits.top10ShareMax())));
        if (limits.fundCoverageMin() != null) {
            // a profile without a provision fund (cn) has no coverage to watch
            indicators.add(Indicator.atLeast(FUND_COVERAGE, coverage, limits.fundCoverageMin()));
        }
        indicators.add(Indicator.atMost(LIQUIDITY, ratio(withdrawalsLast30Minor, cashBefore), limits.liquidityMax()));
        indicators.add(Indicator.atMost(GROWTH, growth, limits.growthMax()));
        indicators.add(Indicator.atMost(MODEL_PSI, modelPsi, limits.modelPsiMax()));
        return List.copyOf(indicators);
    }

    private static BigDecimal ratio(long part, long whole) {
        return whole <= 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
