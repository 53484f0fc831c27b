package io.peerlend.lending.schedules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepaymentScheduleTest {

    /**
     * Apache Fineract's own expectations for a declining-balance, equal-instalment loan with 30/360 days (product
     * LP2_ADV_PYMNT_INTEREST_DAILY_EMI_360_30): 100.00 at 7% over 6 months — from apache/fineract,
     * fineract-e2e-tests-runner/src/test/resources/features (interest rate change feature, scenario C3217, schedule
     * before any change). Columns: principal, interest, total, balance per instalment.
     */
    @Test
    void givenFineractsSixMonthExample_whenScheduled_thenEveryCentAgrees() {
        RepaymentSchedule schedule =
                RepaymentSchedule.of(100_00, new BigDecimal("7"), 6, LocalDate.of(2024, 2, 1), List.of());

        assertThat(schedule.instalments())
                .extracting(i -> List.of(i.principal(), i.interest(), i.total(), i.balance()))
                .containsExactly(
                        List.of(16_43L, 58L, 17_01L, 83_57L),
                        List.of(16_52L, 49L, 17_01L, 67_05L),
                        List.of(16_62L, 39L, 17_01L, 50_43L),
                        List.of(16_72L, 29L, 17_01L, 33_71L),
                        List.of(16_81L, 20L, 17_01L, 16_90L),
                        List.of(16_90L, 10L, 17_00L, 0L));
        assertThat(schedule.totalInterest()).isEqualTo(2_05);
        assertThat(schedule.totalRepayable()).isEqualTo(102_05);
        assertThat(schedule.instalments())
                .extracting(Instalment::dueDate)
                .containsExactly(
                        LocalDate.of(2024, 2, 1),
                        LocalDate.of(2024, 3, 1),
                        LocalDate.of(2024, 4, 1),
                        LocalDate.of(2024, 5, 1),
                        LocalDate.of(2024, 6, 1),
                        LocalDate.of(2024, 7, 1));
    }

    /** Fineract, same product: 100.00 at 7% over 3 months (accrual feature, scenario C3592, paid on time). */
    @Test
    void givenFineractsThreeMonthExample_whenScheduled_thenTheLastInstalmentAbsorbsTheRounding() {
        RepaymentSchedule schedule =
                RepaymentSchedule.of(100_00, new BigDecimal("7"), 3, LocalDate.of(2025, 2, 1), List.of());

        assertThat(schedule.instalments())
                .extracting(i -> List.of(i.principal(), i.interest(), i.total(), i.balance()))
                .containsExactly(
                        List.of(33_14L, 58L, 33_72L, 66_86L),
                        List.of(33_33L, 39L, 33_72L, 33_53L),
                        List.of(33_53L, 20L, 33_73L, 0L));
        assertThat(schedule.totalInterest()).isEqualTo(1_17);
    }

    @ParameterizedTest(name = "{0} at {1}% over {2} months")
    @CsvSource({"500000, 12.00, 18", "1000000, 6.5, 60", "100000, 0, 12", "2500000, 29.9, 48", "100001, 3.33, 7"})
    void givenAnyLoan_whenScheduled_thenPrincipalSumsToTheLoanAndTheBalanceEndsAtZero(
            long principal, String rate, int months) {
        RepaymentSchedule schedule =
                RepaymentSchedule.of(principal, new BigDecimal(rate), months, LocalDate.of(2026, 1, 31), List.of());

        assertThat(schedule.instalments()).hasSize(months);
        assertThat(schedule.instalments().stream()
                        .mapToLong(Instalment::principal)
                        .sum())
                .isEqualTo(principal);
        assertThat(schedule.instalments().get(months - 1).balance()).isZero();
        assertThat(schedule.instalments())
                .allSatisfy(i -> assertThat(i.total()).isEqualTo(i.principal() + i.interest() + i.fees()));
        long level = schedule.monthlyPayment();
        assertThat(schedule.instalments().subList(0, months - 1))
                .allSatisfy(i -> assertThat(i.principal() + i.interest()).isEqualTo(level));
    }

    @Test
    void givenAFirstDueDateAtMonthEnd_whenScheduled_thenLaterDatesKeepToTheMonthEnd() {
        RepaymentSchedule schedule =
                RepaymentSchedule.of(100_000, BigDecimal.TEN, 3, LocalDate.of(2026, 1, 31), List.of());

        assertThat(schedule.instalments())
                .extracting(Instalment::dueDate)
                .containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31));
    }

    @Test
    void givenNoFees_whenTheAprIsComputed_thenItIsTheEffectiveAnnualRate() {
        // (1 + 0.07 / 12)^12 − 1 = 7.229 %
        assertThat(RepaymentSchedule.of(1_000_000, new BigDecimal("7"), 36, LocalDate.of(2026, 2, 1), List.of())
                        .apr())
                .isEqualByComparingTo("7.2");
        // (1 + 0.12 / 12)^12 − 1 = 12.683 %
        assertThat(RepaymentSchedule.of(500_000, new BigDecimal("12"), 18, LocalDate.of(2026, 2, 1), List.of())
                        .apr())
                .isEqualByComparingTo("12.7");
    }

    @Test
    void givenAnOriginationFeeDeductedAtDisbursement_whenTheAprIsComputed_thenItCountsAsACostOfCredit() {
        RepaymentSchedule schedule = RepaymentSchedule.of(
                500_000,
                new BigDecimal("12"),
                18,
                LocalDate.of(2026, 2, 1),
                List.of(new Fee("origination", 10_000, Fee.Charged.AT_DISBURSEMENT)));

        assertThat(schedule.amountPaidOut()).isEqualTo(490_000);
        assertThat(schedule.totalRepayable()).isEqualTo(schedule.totalInterest() + 500_000);
        // an independent computation (Python, float64 bisection) gives 15.69 %
        assertThat(schedule.apr()).isEqualByComparingTo("15.7");
    }

    @Test
    void givenAFeeWithTheFirstInstalment_whenScheduled_thenTheFirstPaymentCarriesIt() {
        RepaymentSchedule schedule = RepaymentSchedule.of(
                500_000,
                new BigDecimal("12"),
                18,
                LocalDate.of(2026, 2, 1),
                List.of(new Fee("arrangement", 5_000, Fee.Charged.WITH_FIRST_INSTALMENT)));

        assertThat(schedule.instalments().get(0).fees()).isEqualTo(5_000);
        assertThat(schedule.instalments().get(0).total()).isEqualTo(schedule.monthlyPayment() + 5_000);
        assertThat(schedule.totalRepayable()).isEqualTo(500_000 + schedule.totalInterest() + 5_000);
    }
}
