package io.peerlend.lending.quotes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerlend.lending.markets.domain.Allocation;
import io.peerlend.lending.markets.domain.LoanPart;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final PreContractTerms TERMS = new PreContractTerms("Missing a payment costs a late fee.",
            "After 4 missed instalments the loan defaults.", "You may withdraw within 7 days.",
            "You may repay early without a fee.");

    @Test
    void givenAFullAllocation_whenQuoted_thenTheWeightedRateTheFeeTheScheduleAndTheInformationAgree() {
        Allocation allocation = new Allocation(5_000_00, 5_000_00, List.of(
                new LoanPart("o-1", "l-1", 2_000_00, 500), new LoanPart("o-2", "l-2", 3_000_00, 700)));

        Quote quote = Quote.of("B", 5_000_00, 36, allocation, FeePolicy.UK, TERMS, LocalDate.of(2027, 1, 1), "GBP", NOW,
                Duration.ofDays(7));

        assertThat(quote.ratePercent()).isEqualByComparingTo("6.20"); // (2,000 × 5 + 3,000 × 7) / 5,000
        assertThat(quote.fee()).isEqualTo(100_00); // 2% for grade B
        assertThat(quote.schedule().amountPaidOut()).isEqualTo(4_900_00);
        assertThat(quote.information().totalAmountPayable()).isEqualTo(quote.schedule().totalRepayable());
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
    void givenAnIncompleteAllocation_whenQuoted_thenRefused() {
        Allocation partial = new Allocation(5_000_00, 1_000_00, List.of(new LoanPart("o-1", "l-1", 1_000_00, 500)));
        assertThatThrownBy(() -> Quote.of("B", 5_000_00, 36, partial, FeePolicy.UK, TERMS, LocalDate.of(2027, 1, 1),
                "GBP", NOW, Duration.ofDays(7))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenGrades_whenFeesAreTaken_thenRiskierLoansPayMoreRoundedHalfEven() {
        // 1% of 1,234.50 is 12.345: half-even gives 12.34 (and 12.355 would give 12.36)
        assertThat(FeePolicy.UK.originationFee("A*", 1_234_50)).isEqualTo(12_34);
        assertThat(FeePolicy.UK.originationFee("A*", 1_235_50)).isEqualTo(12_36);
        assertThat(FeePolicy.UK.originationFee("E", 1_000_00)).isEqualTo(50_00);
    }
}
