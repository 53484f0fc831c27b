package io.peerlend.lending.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.lending.api.InstalmentPayment;
import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.PartPayment;
import io.peerlend.lending.api.events.LenderFundsDeposited;
import io.peerlend.lending.api.events.LenderFundsLent;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanFeesEarned;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.lending.api.events.LoanRepaymentReceived;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LoanPostingsTest {

    private static final Instant T = Instant.parse("2027-01-15T10:00:00Z");
    private static final LocalDate D = LocalDate.parse("2027-02-15");

    @Test
    void givenALoanFundedPaidOutAndOneInstalmentCollected_whenPosted_thenEveryAccountHoldsTheExactCents() {
        List<Object> events = List.of(
                new LenderFundsDeposited("a", "d1", 600_00, "GBP", T),
                new LenderFundsDeposited("b", "d2", 400_00, "GBP", T),
                new LenderFundsLent("a", "L1", 600_00, "GBP", T, "offer-a"),
                new LenderFundsLent("b", "L1", 400_00, "GBP", T, "offer-b"),
                new LoanOpened(
                        "L1",
                        "borrower",
                        "market:B:12",
                        "B",
                        BigDecimal.ZERO,
                        12,
                        1_000_00,
                        "GBP",
                        new BigDecimal("12.00"),
                        20_00,
                        10_00,
                        List.of(new LoanPartShare("a", "offer-a", 600_00), new LoanPartShare("b", "offer-b", 400_00)),
                        "payout:L1",
                        T),
                new LoanDisbursed("L1", "borrower", 980_00, "GBP", D.minusMonths(1), List.of(), T),
                new LoanFeesEarned("L1", 10_00, 10_00, "GBP", D, T),
                new LoanRepaymentReceived(
                        "L1",
                        "collect:L1",
                        1,
                        "SCHEDULED",
                        88_85,
                        "GBP",
                        0,
                        10_00,
                        78_85,
                        0,
                        1_00,
                        0,
                        List.of(new InstalmentPayment(1, 0, 10_00, 78_85)),
                        List.of(new PartPayment("a", 47_31, 5_40), new PartPayment("b", 31_54, 3_60)),
                        null,
                        D,
                        T));
        Map<String, Long> balances = new TreeMap<>();
        int n = 0;
        for (Object event : events) {
            Postings.of("e" + n++, event)
                    .ifPresent(entry -> entry.lines()
                            .forEach(line -> balances.merge(line.account(), line.debit() - line.credit(), Long::sum)));
        }
        assertThat(balances)
                .containsEntry(Postings.BANK, 1_000_00L - 980_00 + 88_85)
                .containsEntry(Postings.lenderCash("a"), -(47_31L + 5_40))
                .containsEntry(Postings.lenderCash("b"), -(31_54L + 3_60))
                .containsEntry(LoanPostings.lenderReceivable("a"), -(600_00L - 47_31))
                .containsEntry(LoanPostings.lenderReceivable("b"), -(400_00L - 31_54))
                .containsEntry(LoanPostings.borrowerLoan("L1"), 1_000_00L - 78_85)
                .containsEntry(LoanPostings.FEE_INCOME, -(10_00L + 1_00))
                .containsEntry(LoanPostings.PROVISION_FUND, -10_00L)
                .containsEntry(LoanPostings.FEES_UNEARNED, 0L)
                .containsEntry(Postings.IN_TRANSIT, 0L)
                .containsEntry(Postings.AWAITING_DISBURSEMENT, 0L);
        assertThat(balances.values().stream().mapToLong(Long::longValue).sum()).isZero();
    }
}
