package io.peerlend.disclosure.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fee schedule a report publishes, written from lending's published fees. */
class FeeScheduleTest {

    static final Map<String, Integer> ORIGINATION = Map.of("E", 500, "A*", 100, "B", 200, "A", 150, "D", 400, "C", 300);

    @Test
    void givenTheUkProfilesFees_whenWritten_thenTheLinesReadAsTheUkReportsAlwaysHave() {
        FeeSchedule uk = new FeeSchedule(
                "GBP", ORIGINATION, Map.of("A*", 50, "A", 75, "B", 100, "C", 150, "D", 200, "E", 250), 1000, 12_00, 14);

        assertThat(uk.lines("late fee"))
                .containsExactly(
                        new OperatingReport.FeeLine(
                                "origination fee, taken from the money paid out",
                                "by grade, of the amount borrowed: A* 1.00%, A 1.50%, B 2.00%, C 3.00%, D 4.00%, E 5.00%; "
                                        + "part of it funds the provision fund (A* 0.50%, A 0.75%, B 1.00%, C 1.50%, "
                                        + "D 2.00%, E 2.50% of the amount)"),
                        new OperatingReport.FeeLine(
                                "servicing fee, paid by lenders", "10% of the interest lenders receive"),
                        new OperatingReport.FeeLine(
                                "late fee", "GBP 12.00 once per instalment still unpaid 14 days after it was due"),
                        new OperatingReport.FeeLine(
                                "early repayment, cooling-off withdrawal", "no fee; interest only to the day"));
        assertThat(uk.lenderFeeRate()).isEqualTo("0.10");
    }

    @Test
    void givenASchedulePublishedWithTheSecondaryMarket_whenWritten_thenItsSaleFeeIsALineOfItsOwn() {
        FeeSchedule withMarket =
                new FeeSchedule("GBP", ORIGINATION, Map.of(), 1000, 12_00, 14, new BigDecimal("0.85"), 100);

        assertThat(withMarket.lines("late fee"))
                .contains(new OperatingReport.FeeLine(
                        "secondary-market sale fee, paid by the selling lender",
                        "1% of the principal and premium of a loan part sold"))
                .last()
                .isEqualTo(new OperatingReport.FeeLine(
                        "early repayment, cooling-off withdrawal", "no fee; interest only to the day"));
    }

    @Test
    void givenTheCnProfilesFeesWithoutAProvisionFund_whenWritten_thenNoFundIsMentionedAndTheOverdueFeeIsNamedSo() {
        FeeSchedule cn = new FeeSchedule("CNY", ORIGINATION, Map.of(), 1000, 50_00, 7);

        assertThat(cn.lines("overdue fee"))
                .extracting(OperatingReport.FeeLine::basis)
                .containsExactly(
                        "by grade, of the amount borrowed: A* 1.00%, A 1.50%, B 2.00%, C 3.00%, D 4.00%, E 5.00%",
                        "10% of the interest lenders receive",
                        "CNY 50.00 once per instalment still unpaid 7 days after it was due",
                        "no fee; interest only to the day");
        assertThat(cn.lines("overdue fee").get(2).fee()).isEqualTo("overdue fee");
    }

    @Test
    void givenAServicingFeeOfAnOddRate_whenItsShareIsTaken_thenItIsExact() {
        assertThat(new FeeSchedule("GBP", ORIGINATION, Map.of(), 1250, 0, 14).lenderFeeRate())
                .isEqualTo("0.125");
    }
}
