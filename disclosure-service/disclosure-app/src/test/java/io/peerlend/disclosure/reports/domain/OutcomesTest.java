package io.peerlend.disclosure.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.disclosure.loanbook.domain.LoanFact;
import io.peerlend.disclosure.loanbook.domain.LoanStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The annual outcome statement for a scripted book, every figure against values worked by hand. */
class OutcomesTest {

    static final LocalDate YEAR_END = LocalDate.parse("2027-12-31");

    /** A loan's fact with only what the statement reads; amounts in pence. */
    private static LoanFact loan(
            String id,
            String grade,
            String pd,
            int term,
            long principal,
            String rate,
            String issued,
            LoanStatus status,
            long outstanding,
            long interestPaid,
            String bucket,
            String defaulted,
            long coveredByFund,
            long fundReimbursed,
            String closed) {
        return new LoanFact(
                id,
                "b-" + id,
                grade,
                new BigDecimal(pd),
                term,
                "GBP",
                principal,
                new BigDecimal(rate),
                issued == null ? null : LocalDate.parse(issued),
                status,
                outstanding,
                principal - outstanding,
                interestPaid,
                0,
                0,
                0,
                0,
                bucket,
                defaulted == null ? null : LocalDate.parse(defaulted),
                coveredByFund,
                0,
                closed == null ? null : LocalDate.parse(closed),
                9,
                null,
                null,
                fundReimbursed);
    }

    static final List<LoanFact> BOOK = List.of(
            // A, 2027: 1,000.00 at 6% for 12 months, repaid after 181 days with 30.00 interest
            loan(
                    "L1",
                    "A",
                    "0.0200",
                    12,
                    1_000_00,
                    "6.00",
                    "2027-01-01",
                    LoanStatus.REPAID,
                    0,
                    30_00,
                    "CURRENT",
                    null,
                    0,
                    0,
                    "2027-07-01"),
            // A, 2026: 2,000.00 at 8% for 24 months, 1,000.00 still owed, 10 days late, 120.00 interest so far
            loan(
                    "L2",
                    "A",
                    "0.0400",
                    24,
                    2_000_00,
                    "8.00",
                    "2026-07-01",
                    LoanStatus.ACTIVE,
                    1_000_00,
                    120_00,
                    "1-30",
                    null,
                    0,
                    0,
                    null),
            // C, 2025: 3,000.00 at 12% for 36 months, defaulted owing 2,000.00; the fund paid lenders 1,500.00
            loan(
                    "L3",
                    "C",
                    "0.1000",
                    36,
                    3_000_00,
                    "12.00",
                    "2025-03-01",
                    LoanStatus.DEFAULTED,
                    2_000_00,
                    400_00,
                    "90+",
                    "2027-06-30",
                    1_500_00,
                    0,
                    null),
            // before the window, after the date, never paid out: not in the statement
            loan(
                    "L4",
                    "C",
                    "0.1000",
                    12,
                    5_000_00,
                    "12.00",
                    "2024-12-15",
                    LoanStatus.REPAID,
                    0,
                    300_00,
                    "CURRENT",
                    null,
                    0,
                    0,
                    "2025-12-15"),
            loan(
                    "L5",
                    "B",
                    "0.0500",
                    12,
                    4_000_00,
                    "7.00",
                    "2028-01-05",
                    LoanStatus.ACTIVE,
                    4_000_00,
                    0,
                    "CURRENT",
                    null,
                    0,
                    0,
                    null),
            loan(
                    "L6",
                    "A",
                    "0.0200",
                    12,
                    9_000_00,
                    "6.00",
                    null,
                    LoanStatus.CANCELLED,
                    0,
                    0,
                    "CURRENT",
                    null,
                    0,
                    0,
                    null));

    @Test
    void givenAScriptedBook_whenTheYearCloses_thenEveryFigureIsAsWorkedByHand() {
        OutcomeStatement s = Outcomes.annual(
                2027, YEAR_END, "GBP", BOOK, 600_00, new BigDecimal("0.10"), new BigDecimal("0.85"), "prev");

        assertThat(s.series()).isEqualTo("annual-outcome");
        assertThat(s.period()).isEqualTo("2027");
        assertThat(s.originatedFrom())
                .as("three calendar years: at least 36 months")
                .isEqualTo("2025-01-01");
        assertThat(s.previousHash()).isEqualTo("prev");
        // expected (mean PD) against actual (defaulted ÷ loans) by grade and year of origination, then the grade
        assertThat(s.defaultRates())
                .containsExactly(
                        new OutcomeStatement.DefaultRates("A", "2026", 1, "2000.00", 1, 0, "0.0400", "0.0000"),
                        new OutcomeStatement.DefaultRates("A", "2027", 1, "1000.00", 0, 0, "0.0200", "0.0000"),
                        new OutcomeStatement.DefaultRates("A", "all", 2, "3000.00", 1, 0, "0.0300", "0.0000"),
                        new OutcomeStatement.DefaultRates("C", "2025", 1, "3000.00", 0, 1, "0.1000", "1.0000"),
                        new OutcomeStatement.DefaultRates("C", "all", 1, "3000.00", 0, 1, "0.1000", "1.0000"));
        // outstanding 3,000.00: 1,000.00 late (L2), 2,000.00 in default (L3)
        assertThat(s.arrears())
                .containsExactly(
                        new OutcomeStatement.Arrears("CURRENT", 0, "0.00", "0.0000"),
                        new OutcomeStatement.Arrears("1-30", 1, "1000.00", "0.3333"),
                        new OutcomeStatement.Arrears("31-60", 0, "0.00", "0.0000"),
                        new OutcomeStatement.Arrears("61-90", 0, "0.00", "0.0000"),
                        new OutcomeStatement.Arrears("90+", 0, "0.00", "0.0000"),
                        new OutcomeStatement.Arrears("DEFAULTED", 1, "2000.00", "0.6667"));
        // the fund: 600.00 against 4% × 1,000.00 = 40.00 expected on the loan not in default; 600 ÷ 3,000 owed
        assertThat(s.provisionFund())
                .isEqualTo(new OutcomeStatement.FundCoverage(
                        "600.00", "1000.00", "40.00", "15.0000", "0.2000", "1500.00", "0.00"));
        // target: each loan's net rate less its PD as a yearly rate times the assumed loss given default of 85% (one
        // loan in default is too few to measure); the same definitions as lending's guidance rates
        // A: (1,000 × (6% × 0.9 − 2% × 0.85) + 2,000 × (8% × 0.9 − (1 − √0.96) × 0.85)) ÷ 3,000 = 146.65 ÷ 3,000
        //    actual (30 + 120) × 0.9 = 135.00 over capital-years (1,000 + 0)/2 × 181/365 + (2,000 + 1,000)/2 × 548/365
        //    = 2,500: 5.40%
        // C: target 12% × 0.9 − (1 − ∛0.9) × 0.85 = 7.8666%; actual 400 × 0.9 − (2,000 − 1,500) lost = −140.00 over
        //    (3,000 + 2,000)/2 × 851/365 = 5,828.77 capital-years: −2.40%
        assertThat(s.lenderReturns())
                .containsExactly(
                        new OutcomeStatement.Returns("A", 2, "3000.00", "0.0489", "0.0540"),
                        new OutcomeStatement.Returns("C", 1, "3000.00", "0.0787", "-0.0240"));
        assertThat(s.assumptions()).anySatisfy(a -> assertThat(a).contains("10% servicing fee"));
        assertThat(s.assumptions())
                .anySatisfy(a -> assertThat(a).startsWith("Loss given default: 85%, the platform's stated assumption"));
    }

    @Test
    void givenAYearBeforeLendingPublishedPricingAssumptions_whenReplayed_thenTheStatementIsTheOnePublishedThen() {
        // a statement replayed from the events must hash as it was published: its definitions are those of its time
        OutcomeStatement s = Outcomes.annual(2027, YEAR_END, "GBP", BOOK, 600_00, new BigDecimal("0.10"), null, "prev");

        // A: (1,000 × (6% × 0.9 − 2% × 12/12) + 2,000 × (8% × 0.9 − 4% × 12/24)) ÷ 3,000 = 138 ÷ 3,000
        // C: 12% × 0.9 − 10% × 12/36 = 7.4667%
        assertThat(s.lenderReturns())
                .containsExactly(
                        new OutcomeStatement.Returns("A", 2, "3000.00", "0.0460", "0.0540"),
                        new OutcomeStatement.Returns("C", 1, "3000.00", "0.0747", "-0.0240"));
        assertThat(s.assumptions())
                .contains("Target return: each loan's interest rate less the 10% servicing fee, less its expected "
                        + "loss spread evenly over its term, weighted by amount lent; before tax.")
                .noneMatch(a -> a.startsWith("Loss given default"));
    }

    @Test
    void givenThirtyLoansInDefaultForAYear_whenTheYearCloses_thenTheLossGivenDefaultIsMeasuredFromThem() {
        // given 30 grade C loans of 1,000.00 paid out in 2025, each defaulted with 400.00 still owed, 100.00 recovered
        List<LoanFact> book = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            book.add(new LoanFact(
                    "D" + i,
                    "b",
                    "C",
                    new BigDecimal("0.1000"),
                    36,
                    "GBP",
                    1_000_00,
                    new BigDecimal("12.00"),
                    LocalDate.parse("2025-03-01"),
                    LoanStatus.DEFAULTED,
                    300_00,
                    600_00,
                    100_00,
                    0,
                    0,
                    0,
                    200,
                    "90+",
                    LocalDate.parse("2026-06-30"),
                    0,
                    100_00,
                    null,
                    1,
                    "OTHER",
                    "UNDER_2000",
                    0));
        }

        OutcomeStatement s =
                Outcomes.annual(2027, YEAR_END, "GBP", book, 0, new BigDecimal("0.10"), new BigDecimal("0.85"), "p");

        // then 1 − 3,000 recovered ÷ 12,000 owed at default = 75%, and the target return prices with it
        assertThat(s.assumptions())
                .anySatisfy(a -> assertThat(a).startsWith("Loss given default: 75%, measured on the 30 loans"));
        assertThat(s.lenderReturns())
                .singleElement()
                .extracting(OutcomeStatement.Returns::targetAnnualReturn)
                .isEqualTo("0.0821"); // 10.8% − (1 − ∛0.9) × 0.75
    }

    @Test
    void givenNoLoans_whenTheYearCloses_thenNoRatesAndNoDivisionByZero() {
        OutcomeStatement s =
                Outcomes.annual(2027, YEAR_END, "GBP", List.of(), 0, new BigDecimal("0.10"), BigDecimal.ONE, "p");
        assertThat(s.defaultRates()).isEmpty();
        assertThat(s.lenderReturns()).isEmpty();
        assertThat(s.provisionFund().coverage()).isNull();
        assertThat(s.arrears())
                .allSatisfy(a -> assertThat(a.shareOfOutstanding()).isNull());
    }
}
