package io.peerlend.disclosure.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.disclosure.loanbook.domain.LenderActivity;
import io.peerlend.disclosure.loanbook.domain.LoanFact;
import io.peerlend.disclosure.loanbook.domain.LoanFacts;
import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.ScheduledInstalment;
import io.peerlend.lending.api.events.DefaultCovered;
import io.peerlend.lending.api.events.LoanArrearsChanged;
import io.peerlend.lending.api.events.LoanCancelled;
import io.peerlend.lending.api.events.LoanDefaulted;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.lending.api.events.LoanRepaid;
import io.peerlend.lending.api.events.LoanRepaymentReceived;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A scripted month (March 2027) checked item by item against values worked out by hand from the scenario's inputs:
 * loans issued, one repaid in full, one late, one defaulted and covered by the provision fund, one issued in the
 * month, one paid out only after it, one cancelled before payout.
 */
class OperatingFiguresTest {

    static final Instant AT = Instant.parse("2027-03-31T10:00:00Z");
    static final List<OperatingReport.FeeLine> FEES = List.of(new OperatingReport.FeeLine("late fee", "GBP 12.00"));

    private static LoanFact issued(String id, String borrower, long principal, String on, long scheduledInterest) {
        LoanFact f = LoanFacts.opened(
                new LoanOpened(
                        id,
                        borrower,
                        "market:B:12",
                        "B",
                        new BigDecimal("0.08"),
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
        // the schedule's interest, in two instalments (what matters here is its sum)
        List<ScheduledInstalment> schedule = List.of(
                new ScheduledInstalment(1, LocalDate.parse(on).plusMonths(1), principal / 2, scheduledInterest / 2),
                new ScheduledInstalment(
                        2,
                        LocalDate.parse(on).plusMonths(2),
                        principal - principal / 2,
                        scheduledInterest - scheduledInterest / 2));
        return LoanFacts.disbursed(
                f, new LoanDisbursed(id, borrower, principal, "GBP", LocalDate.parse(on), schedule, AT), 1);
    }

    private static LoanRepaymentReceived paid(String id, String kind, long principal, long interest, String on) {
        return new LoanRepaymentReceived(
                id,
                id + on,
                1,
                kind,
                principal + interest,
                "GBP",
                0,
                interest,
                principal,
                0,
                0,
                0,
                List.of(),
                List.of(),
                null,
                LocalDate.parse(on),
                AT);
    }

    @Test
    void givenAScriptedMonth_whenTheReportIsComputed_thenEveryItemIsTheHandWorkedValueToTheCent() {
        // L1: b1 borrows 1,000.00 in January (schedule interest 33.00) and pays two instalments on time
        LoanFact l1 = issued("L1", "b1", 1_000_00, "2027-01-10", 33_00);
        l1 = LoanFacts.received(l1, paid("L1", "SCHEDULED", 80_00, 5_00, "2027-02-10"), 2);
        l1 = LoanFacts.received(l1, paid("L1", "SCHEDULED", 81_00, 4_60, "2027-03-10"), 3);
        // L2: b2 borrows 2,000.00 in February (schedule interest 70.00) and is 20 days late
        LoanFact l2 = LoanFacts.arrears(
                issued("L2", "b2", 2_000_00, "2027-02-05", 70_00),
                new LoanArrearsChanged("L2", "1-30", 20, 180_00, 1, LocalDate.parse("2027-03-25"), AT),
                2);
        // L3: b3 borrows 500.00 and repays it all in February
        LoanFact l3 = issued("L3", "b3", 500_00, "2027-01-20", 15_00);
        l3 = LoanFacts.received(l3, paid("L3", "FULL", 500_00, 2_10, "2027-02-20"), 2);
        l3 = LoanFacts.repaid(l3, new LoanRepaid("L3", LocalDate.parse("2027-02-20"), AT), 3);
        // L4: b1 borrows 1,500.00 more, pays one instalment, defaults; the fund pays the lenders 300.00
        LoanFact l4 = issued("L4", "b1", 1_500_00, "2027-01-15", 60_00);
        l4 = LoanFacts.received(l4, paid("L4", "SCHEDULED", 120_00, 10_00, "2027-02-15"), 2);
        l4 = LoanFacts.arrears(
                l4, new LoanArrearsChanged("L4", "90+", 95, 400_00, 3, LocalDate.parse("2027-03-20"), AT), 3);
        l4 = LoanFacts.defaulted(
                l4,
                new LoanDefaulted("L4", "95 days past due", 1_380_00, 20_00, 0, LocalDate.parse("2027-03-20"), AT),
                4);
        l4 = LoanFacts.covered(l4, new DefaultCovered("L4", 2, 300_00, 20_00, 280_00, "GBP", List.of(), AT), 5);
        // L5: b4 borrows 800.00 in March (schedule interest 40.00)
        LoanFact l5 = issued("L5", "b4", 800_00, "2027-03-10", 40_00);
        // L6: paid out on 2 April, after the report's date; L7: cancelled before any payout
        LoanFact l6 = issued("L6", "b5", 600_00, "2027-04-02", 30_00);
        LoanFact l7 = LoanFacts.cancelled(
                LoanFacts.opened(
                        new LoanOpened(
                                "L7",
                                "b6",
                                "market:B:12",
                                "B",
                                new BigDecimal("0.08"),
                                12,
                                700_00,
                                "GBP",
                                new BigDecimal("6.00"),
                                0,
                                0,
                                List.of(),
                                "payout:L7",
                                AT),
                        0),
                new LoanCancelled("L7", "payout failed", 700_00, 0, 700_00, "GBP", 1, List.of(), AT),
                1);
        List<LenderActivity> lenders = List.of(
                new LenderActivity("lA", Set.of("2027-01", "2027-03")),
                new LenderActivity("lB", Set.of("2027-02")),
                new LenderActivity("lC", Set.of("2027-04")),
                new LenderActivity("lD", Set.of("2027-03")));

        OperatingReport r = OperatingFigures.monthly(
                YearMonth.of(2027, 3),
                "GBP",
                List.of(l1, l2, l3, l4, l5, l6, l7),
                lenders,
                Set.of("b1", "b-never-borrowed"),
                FEES,
                OperatingFigures.NO_PREVIOUS);

        assertThat(r.period()).isEqualTo("2027-03");
        assertThat(r.asOf()).isEqualTo("2027-03-31");
        // issued by 31 March: L1–L5
        assertThat(r.cumulativeLending()).isEqualTo(item(5, 1_000_00 + 2_000_00 + 500_00 + 1_500_00 + 800_00));
        // still owed: L1 1,000 − 80 − 81; L2 2,000; L4 1,500 − 120 (the fund's payment does not reduce what b1 owes);
        // L5 800
        long l1Owed = 1_000_00 - 80_00 - 81_00;
        long l4Owed = 1_500_00 - 120_00;
        long owed = l1Owed + 2_000_00 + l4Owed + 800_00;
        assertThat(r.outstanding()).isEqualTo(item(4, owed));
        // contractual interest still to come on loans being repaid: L1 33.00 − 5.00 − 4.60; L2 70.00; L5 40.00
        assertThat(r.outstandingInterest()).isEqualTo(money(33_00 - 5_00 - 4_60 + 70_00 + 40_00));
        assertThat(r.lenders()).isEqualTo(new OperatingReport.Counts(3, 2));
        assertThat(r.borrowers()).isEqualTo(new OperatingReport.Counts(4, 1));
        // b1 owes L1 and L4; b1 is the largest borrower; the top ten are all of them
        assertThat(r.concentration())
                .isEqualTo(new OperatingReport.Concentration("1.0000", fraction(l1Owed + l4Owed, owed)));
        // b1 is a related party of the platform (staff, say): their two loans still owed, L1 and L4
        assertThat(r.relatedParty()).isEqualTo(item(2, l1Owed + l4Owed));
        // overdue: L2 (20 days) and L4 (defaulted), by what their borrowers still owe; over 90 days: L4
        assertThat(r.overdue()).isEqualTo(item(2, 2_000_00 + l4Owed));
        assertThat(r.overdueOver90Days()).isEqualTo(item(1, l4Owed));
        assertThat(r.repaidOnBorrowersBehalf()).isEqualTo(item(1, 300_00));
        assertThat(r.overdueRate())
                .isEqualTo(new OperatingReport.Rates(fraction(2, 4), fraction(2_000_00 + l4Owed, owed)));
        assertThat(r.feeSchedule()).isEqualTo(FEES);
        assertThat(r.previousHash()).isEqualTo("0".repeat(64));
    }

    @Test
    void givenNothingLent_whenTheReportIsComputed_thenZerosAndNoDivisionByZero() {
        OperatingReport r = OperatingFigures.monthly(
                YearMonth.of(2027, 1), "CNY", List.of(), List.of(), Set.of(), FEES, OperatingFigures.NO_PREVIOUS);
        assertThat(r.outstanding()).isEqualTo(new OperatingReport.Item(0, "0.00"));
        assertThat(r.overdueRate()).isEqualTo(new OperatingReport.Rates("0.0000", "0.0000"));
        assertThat(r.concentration().largestBorrowerShare()).isEqualTo("0.0000");
    }

    private static OperatingReport.Item item(long count, long minor) {
        return new OperatingReport.Item(count, money(minor));
    }

    private static String money(long minor) {
        return BigDecimal.valueOf(minor, 2).toPlainString();
    }

    private static String fraction(long part, long whole) {
        return BigDecimal.valueOf(part)
                .divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
