package io.peerlend.disclosure.loanbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.events.DefaultCovered;
import io.peerlend.lending.api.events.LoanArrearsChanged;
import io.peerlend.lending.api.events.LoanDefaulted;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.lending.api.events.LoanRepaid;
import io.peerlend.lending.api.events.LoanRepaymentReceived;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A loan's fact through its life: payout, a repayment, arrears, default, the fund's cover, a recovery. */
class LoanFactsTest {

    static final Instant AT = Instant.parse("2027-01-15T10:00:00Z");
    static final LocalDate PAID_OUT = LocalDate.parse("2027-01-15");

    static LoanOpened opened(String id, String grade, String pd, long principal) {
        return new LoanOpened(
                id,
                "borrower-" + id,
                "market:" + grade + ":12",
                grade,
                new BigDecimal(pd),
                12,
                principal,
                "GBP",
                new BigDecimal("6.00"),
                principal / 50,
                principal / 100,
                List.of(new LoanPartShare("lender-a", "offer-a", principal)),
                "payout:" + id,
                AT);
    }

    static LoanRepaymentReceived receipt(
            String id, String kind, long amount, long interest, long principal, long toFund, LocalDate on) {
        return new LoanRepaymentReceived(
                id, "r-" + on, 1, kind, amount, "GBP", 0, interest, principal, 0, 0, toFund, List.of(), List.of(), null,
                on, AT);
    }

    @Test
    void givenALoan_whenItIsRepaidInPartThenDefaultsAndIsCoveredAndRecovered_thenTheFactFollowsToTheCent() {
        LoanFact f = LoanFacts.opened(opened("L1", "B", "0.08", 1_000_00), 0);
        assertThat(f.issued()).isFalse();
        f = LoanFacts.disbursed(f, new LoanDisbursed("L1", "borrower-L1", 980_00, "GBP", PAID_OUT, List.of(), AT), 1);
        assertThat(f.issued()).isTrue();
        assertThat(f.outstanding()).isTrue();

        f = LoanFacts.received(f, receipt("L1", "SCHEDULED", 86_07, 5_00, 81_07, 0, PAID_OUT.plusMonths(1)), 2);
        assertThat(f.outstandingPrincipalMinor()).isEqualTo(918_93);
        assertThat(f.principalRepaidMinor()).isEqualTo(81_07);
        assertThat(f.interestPaidMinor()).isEqualTo(5_00);

        f = LoanFacts.arrears(f, new LoanArrearsChanged("L1", "31-60", 40, 172_14, 2, PAID_OUT.plusDays(100), AT), 3);
        assertThat(f.overdueMinor()).isEqualTo(172_14);
        f = LoanFacts.defaulted(
                f, new LoanDefaulted("L1", "4 instalments missed", 918_93, 9_00, 0, PAID_OUT.plusMonths(5), AT), 4);
        f = LoanFacts.covered(f, new DefaultCovered("L1", 2, 30_00, 9_00, 21_00, "GBP", List.of(), AT), 5);
        // the fund paid lenders; the borrower still owes the principal (now partly to the fund)
        assertThat(f.outstandingPrincipalMinor()).isEqualTo(918_93);
        assertThat(f.coveredByFundMinor()).isEqualTo(30_00);
        f = LoanFacts.received(f, receipt("L1", "RECOVERY", 200_00, 0, 190_00, 10_00, PAID_OUT.plusMonths(7)), 6);
        assertThat(f.recoveredMinor()).isEqualTo(200_00);
        assertThat(f.outstandingPrincipalMinor()).isEqualTo(718_93);
        assertThat(f.principalRepaidMinor()).as("a recovery is not a repayment").isEqualTo(81_07);
        assertThat(f.status()).isEqualTo(LoanStatus.DEFAULTED);
        assertThat(f.defaultedOn()).isEqualTo(PAID_OUT.plusMonths(5));
    }

    @Test
    void givenARepaidLoan_whenClosed_thenNothingIsOutstanding() {
        LoanFact f = LoanFacts.opened(opened("L2", "A", "0.03", 500_00), 0);
        f = LoanFacts.disbursed(f, new LoanDisbursed("L2", "borrower-L2", 490_00, "GBP", PAID_OUT, List.of(), AT), 1);
        f = LoanFacts.received(f, receipt("L2", "FULL", 501_00, 1_00, 500_00, 0, PAID_OUT.plusDays(10)), 2);
        f = LoanFacts.repaid(f, new LoanRepaid("L2", PAID_OUT.plusDays(10), AT), 3);
        assertThat(f.outstanding()).isFalse();
        assertThat(f.status()).isEqualTo(LoanStatus.REPAID);
        assertThat(f.closedOn()).isEqualTo(PAID_OUT.plusDays(10));
        assertThat(f.principalRepaidMinor()).isEqualTo(500_00);
    }
}
