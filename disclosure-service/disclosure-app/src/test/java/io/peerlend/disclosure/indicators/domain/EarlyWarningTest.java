package io.peerlend.disclosure.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.disclosure.loanbook.domain.LoanFact;
import io.peerlend.disclosure.loanbook.domain.LoanFacts;
import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.events.LoanArrearsChanged;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanOpened;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The early-warning indicators on a business day, and which of them breach the profile's thresholds. */
class EarlyWarningTest {

    static final Instant AT = Instant.parse("2027-03-31T10:00:00Z");
    static final Thresholds LIMITS = new Thresholds(
            new BigDecimal("0.05"),
            new BigDecimal("0.03"),
            new BigDecimal("0.60"),
            new BigDecimal("1.00"),
            new BigDecimal("0.25"),
            new BigDecimal("1.00"),
            new BigDecimal("0.25"),
            30);

    private static LoanFact issued(String id, String borrower, long principal, String pd, String on) {
        LoanFact f = LoanFacts.opened(
                new LoanOpened(
                        id,
                        borrower,
                        "market:B:12",
                        "B",
                        new BigDecimal(pd),
                        12,
                        principal,
                        "GBP",
                        new BigDecimal("6.00"),
                        0,
                        0,
                        List.of(new LoanPartShare("l", "o", principal)),
                        "payout:" + id,
                        AT),
                0);
        return LoanFacts.disbursed(
                f, new LoanDisbursed(id, borrower, principal, "GBP", LocalDate.parse(on), List.of(), AT), 1);
    }

    @Test
    void givenABookWithOneLoanLate_whenTheDayCloses_thenTheIndicatorsAndTheirBreaches() {
        LocalDate day = LocalDate.parse("2027-03-31");
        // 4,000.00 issued over December to February (average 1,333.33 a month), 4,000.00 more in March: growth 2.0
        List<LoanFact> loans = List.of(
                issued("L1", "b1", 1_000_00, "0.10", "2026-12-10"),
                LoanFacts.arrears(
                        issued("L2", "b2", 2_000_00, "0.10", "2027-01-10"),
                        new LoanArrearsChanged("L2", "1-30", 10, 170_00, 1, day, AT),
                        2),
                issued("L3", "b3", 1_000_00, "0.10", "2027-02-10"),
                issued("L4", "b4", 4_000_00, "0.10", "2027-03-10"));
        // the fund holds 700.00 against expected losses of 10% of 8,000.00 = 800.00; lenders hold 900.00 after
        // asking for 300.00 back this month
        Map<String, Indicator> on =
                EarlyWarning.on(day, loans, 700_00, 900_00, 300_00, new BigDecimal("0.3100"), LIMITS).stream()
                        .collect(Collectors.toMap(Indicator::name, i -> i));

        assertThat(on.get(EarlyWarning.OVERDUE_RATE).value()).isEqualByComparingTo("0.2500"); // 2,000 of 8,000
        assertThat(on.get(EarlyWarning.OVERDUE_RATE).breached()).isTrue();
        assertThat(on.get(EarlyWarning.OVER_90_RATE).value()).isEqualByComparingTo("0");
        assertThat(on.get(EarlyWarning.OVER_90_RATE).breached()).isFalse();
        assertThat(on.get(EarlyWarning.TOP_10_SHARE).value()).isEqualByComparingTo("1.0000");
        assertThat(on.get(EarlyWarning.FUND_COVERAGE).value()).isEqualByComparingTo("0.8750"); // 700 / 800
        assertThat(on.get(EarlyWarning.FUND_COVERAGE).breached())
                .as("below its minimum")
                .isTrue();
        assertThat(on.get(EarlyWarning.LIQUIDITY).value()).isEqualByComparingTo("0.2500"); // 300 / (900 + 300)
        assertThat(on.get(EarlyWarning.LIQUIDITY).breached())
                .as("at the limit is within it")
                .isFalse();
        assertThat(on.get(EarlyWarning.GROWTH).value()).isEqualByComparingTo("2.0000"); // 4,000 × 3 / 4,000 − 1
        assertThat(on.get(EarlyWarning.GROWTH).breached()).isTrue();
        assertThat(on.get(EarlyWarning.MODEL_PSI).value()).isEqualByComparingTo("0.3100");
        assertThat(on.get(EarlyWarning.MODEL_PSI).breached())
                .as("the population has shifted")
                .isTrue();
    }

    @Test
    void givenGradesLikeTheValidationSet_whenMeasured_thenStable_andTooFewApplicationsSayNothing() {
        Map<String, Long> validated = new LinkedHashMap<>();
        validated.put("A", 50L);
        validated.put("B", 30L);
        validated.put("C", 20L);
        // the same mix: no shift
        assertThat(ModelStability.psi(validated, Map.of("A", 25L, "B", 15L, "C", 10L), 30))
                .isEqualByComparingTo("0");
        // all in C: (1 − 0.2) ln(1 / 0.2) + (0.0001 − 0.5) ln(0.0001 / 0.5) + (0.0001 − 0.3) ln(0.0001 / 0.3)
        //          = 1.2876 + 4.2577 + 2.4011 (an empty grade counts as a share of 0.0001)
        assertThat(ModelStability.psi(validated, Map.of("C", 40L), 30)).isEqualByComparingTo("7.9464");
        assertThat(ModelStability.psi(validated, Map.of("C", 29L), 30))
                .as("below the minimum")
                .isNull();
    }

    @Test
    void givenNothingYet_whenTheDayCloses_thenNoValueAndNoBreach() {
        List<Indicator> none = EarlyWarning.on(LocalDate.parse("2027-01-01"), List.of(), 0, 0, 0, null, LIMITS);
        assertThat(none).allSatisfy(i -> {
            assertThat(i.value()).isNull();
            assertThat(i.breached()).isFalse();
        });
    }
}
