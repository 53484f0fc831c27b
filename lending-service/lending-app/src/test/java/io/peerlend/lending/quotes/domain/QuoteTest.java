package io.peerlend.lending.quotes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerlend.lending.markets.domain.Allocation;
import io.peerlend.lending.markets.domain.LoanPart;
import io.peerlend.lending.schedules.domain.RepaymentSchedule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final PreContractTerms TERMS = new PreContractTerms(
            "Missing a payment costs a late fee.",
            "After 4 missed instalments the loan defaults.",
            "You may withdraw within 7 days.",
            "You may repay early without a fee.");

    @Test
    void givenAFullAllocation_whenQuoted_thenTheWeightedRateTheFeeTheScheduleAndTheInformationAgree() {
        Allocation allocation = new Allocation(
                5_000_00,
                5_000_00,
                List.of(new LoanPart("o-1", "l-1", 2_000_00, 500), new LoanPart("o-2", "l-2", 3_000_00, 700)));

        Quote quote = Quote.of(
                "B",
                5_000_00,
                36,
                allocation,
                FeePolicy.UK,
                TERMS,
                LocalDate.of(2027, 1, 1),
                "GBP",
                NOW,
                Duration.ofDays(7));

        assertThat(quote.ratePercent()).isEqualByComparingTo("6.20"); // (2,000 × 5 + 3,000 × 7) / 5,000
        assertThat(quote.fee()).isEqualTo(100_00); // 2% for grade B
        assertThat(quote.schedule().amountPaidOut()).isEqualTo(4_900_00);
        assertThat(quote.information().totalAmountPayable())
                .isEqualTo(quote.schedule().totalRepayable());
        assertThat(quote.information().totalCostOfCredit())
                .isEqualTo(quote.schedule().totalRepayable() - 5_000_00 + 100_00);
        assertThat(quote.information().aprPercent()).isGreaterThan(quote.ratePercent());
        assertThat(quote.validUntil()).isEqualTo(NOW.plus(Duration.ofDays(7)));
        // the sentences that differ by jurisdiction are the profile's, as they are
        assertThat(quote.information().rightOfWithdrawal()).isEqualTo("You may withdraw within 7 days.");
        assertThat(quote.expiredAt(NOW.plus(Duration.ofDays(7)))).isTrue();
        assertThat(quote.expiredAt(NOW.plus(Duration.ofDays(6)))).isFalse();
    }

    @Test
    void givenPartsAtDifferentRates_whenQuoted_thenTheScheduleIsTheSumOfEachLendersOwnScheduleAsTheLoanWillBe() {
        Allocation allocation = new Allocation(
                5_000_00,
                5_000_00,
                List.of(new LoanPart("o-1", "l-1", 2_000_00, 500), new LoanPart("o-2", "l-2", 3_000_00, 700)));
        LocalDate first = LocalDate.of(2027, 1, 1);

        Quote quote =
                Quote.of("B", 5_000_00, 36, allocation, FeePolicy.UK, TERMS, first, "GBP", NOW, Duration.ofDays(7));

        var five = RepaymentSchedule.of(2_000_00, new BigDecimal("5.00"), 36, first, List.of());
        var seven = RepaymentSchedule.of(3_000_00, new BigDecimal("7.00"), 36, first, List.of());
        for (int n = 0; n < 36; n++) {
            assertThat(quote.schedule().instalments().get(n).interest())
                    .isEqualTo(five.instalments().get(n).interest()
                            + seven.instalments().get(n).interest());
            assertThat(quote.schedule().instalments().get(n).principal())
                    .isEqualTo(five.instalments().get(n).principal()
                            + seven.instalments().get(n).principal());
        }
        assertThat(quote.ratePercent()).isEqualByComparingTo("6.20");
        assertThat(quote.information().totalAmountPayable())
                .isEqualTo(quote.schedule().totalRepayable());
        assertThat(quote.information().aprPercent()).isGreaterThan(quote.ratePercent());
        // recorded and shown again later, the quote is the same
        Quote shown = Quote.describe(
                "B",
                5_000_00,
                36,
                quote.ratePercent(),
                Quote.parts(allocation),
                quote.fee(),
                TERMS,
                first,
                "GBP",
                quote.validUntil());
        assertThat(shown.schedule()).isEqualTo(quote.schedule());
    }

    @Test
    void givenAnIncompleteAllocation_whenQuoted_thenRefused() {
        Allocation partial = new Allocation(5_000_00, 1_000_00, List.of(new LoanPart("o-1", "l-1", 1_000_00, 500)));
        assertThatThrownBy(() -> Quote.of(
                        "B",
                        5_000_00,
                        36,
                        partial,
                        FeePolicy.UK,
                        TERMS,
                        LocalDate.of(2027, 1, 1),
                        "GBP",
                        NOW,
                        Duration.ofDays(7)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenGrades_whenFeesAreTaken_thenRiskierLoansPayMoreRoundedHalfEven() {
        // 1% of 1,234.50 is 12.345: half-even gives 12.34 (and 12.355 would give 12.36)
        assertThat(FeePolicy.UK.originationFee("A*", 1_234_50)).isEqualTo(12_34);
        assertThat(FeePolicy.UK.originationFee("A*", 1_235_50)).isEqualTo(12_36);
        assertThat(FeePolicy.UK.originationFee("E", 1_000_00)).isEqualTo(50_00);
    }
}
