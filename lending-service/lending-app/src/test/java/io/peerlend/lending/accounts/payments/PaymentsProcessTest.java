package io.peerlend.lending.accounts.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.commands.ConfirmLoanPartPayout;
import io.peerlend.lending.api.commands.ConfirmPayout;
import io.peerlend.lending.api.commands.SettleLoanPayment;
import io.peerlend.lending.api.events.CollectionRequested;
import io.peerlend.lending.api.events.DepositRequested;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.lending.api.events.WithdrawalRequested;
import io.peerlend.lending.applications.domain.BorrowerExposure;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

/** What the payment provider is told for each money event, and a payout stopped when the borrower may not borrow. */
class PaymentsProcessTest {

    static final Instant NOW = Instant.parse("2027-01-15T10:00:00Z");
    static final LoanOpened OPENED = new LoanOpened(
            "loan-1",
            "b-1",
            "market:B:36",
            "B",
            new BigDecimal("0.05"),
            36,
            5_000_00,
            "GBP",
            new BigDecimal("6.00"),
            100_00,
            50_00,
            List.of(new LoanPartShare("l-1", "o-1", 5_000_00)),
            "payout:loan-1",
            NOW);

    final List<String> told = new ArrayList<>();
    final PaymentProvider provider = new PaymentProvider() {
        @Override
        public void collect(Instruction i) {
            told.add("collect " + i);
        }

        @Override
        public void payOut(Instruction i) {
            told.add("payOut " + i);
        }

        @Override
        public void disburse(Instruction i) {
            told.add("disburse " + i);
        }

        @Override
        public void collectRepayment(Instruction i) {
            told.add("collectRepayment " + i);
        }

        @Override
        public Status status() {
            return new Status("recording", true, 0);
        }
    };
    final CommandGateway commands = mock(CommandGateway.class);
    final PaymentsProcess process = new PaymentsProcess(provider, commands);

    @Test
    void givenADepositRequested_whenHandled_thenTheProviderCollectsItFromTheLenderByItsReference() {
        process.on(new DepositRequested("l-1", "dep-1", 100_00, "GBP", NOW));

        assertThat(told).containsExactly("collect " + new PaymentProvider.Instruction("dep-1", "l-1", 100_00, "GBP"));
    }

    @Test
    void givenAWithdrawalRequested_whenHandled_thenTheProviderPaysItOut() {
        process.on(new WithdrawalRequested("l-1", "wdr-1", 40_00, "GBP", NOW));

        assertThat(told).containsExactly("payOut " + new PaymentProvider.Instruction("wdr-1", "l-1", 40_00, "GBP"));
    }

    @Test
    void givenACollectionRequested_whenHandled_thenTheProviderCollectsTheRepaymentFromTheLoansMandate() {
        process.on(new CollectionRequested(
                "loan-1",
                "b-1",
                "col-1",
                CollectionRequested.SCHEDULED,
                152_10,
                "GBP",
                LocalDate.of(2027, 2, 15),
                NOW));

        assertThat(told)
                .containsExactly(
                        "collectRepayment " + new PaymentProvider.Instruction("col-1", "loan-1", 152_10, "GBP"));
    }

    @Test
    void givenTheBorrowerMayStillBorrow_whenALoanOpens_thenTheProviderPaysOutThePrincipalLessTheFee() {
        when(commands.sendAndWait(any(ConfirmPayout.class))).thenReturn(new BorrowerExposure.Decision(true, null));
        when(commands.sendAndWait(any(ConfirmLoanPartPayout.class))).thenReturn(true);

        process.on(OPENED);

        verify(commands).sendAndWait(new ConfirmPayout("b-1", "loan-1"));
        assertThat(told)
                .containsExactly(
                        "disburse " + new PaymentProvider.Instruction("payout:loan-1", "loan-1", 4_900_00, "GBP"));
    }

    @Test
    void givenTheBorrowerMayNoLongerBorrow_whenALoanOpens_thenNoMoneyMovesAndThePayoutIsRecordedAsStopped() {
        when(commands.sendAndWait(any(ConfirmPayout.class)))
                .thenReturn(new BorrowerExposure.Decision(false, "identity suspended"));

        process.on(OPENED);

        verify(commands).sendAndWait(new SettleLoanPayment("loan-1", "payout:loan-1", false, "identity suspended"));
        assertThat(told).isEmpty();
    }

    @Test
    void givenALenderFrozenAfterTheMatch_whenTheLoanOpens_thenNoMoneyMovesAndThePayoutIsStoppedWithoutNamingThem() {
        when(commands.sendAndWait(any(ConfirmPayout.class))).thenReturn(new BorrowerExposure.Decision(true, null));
        when(commands.sendAndWait(any(ConfirmLoanPartPayout.class))).thenReturn(false);

        process.on(OPENED);

        verify(commands).sendAndWait(new ConfirmLoanPartPayout("l-1", "loan-1"));
        verify(commands)
                .sendAndWait(new SettleLoanPayment("loan-1", "payout:loan-1", false, PaymentsProcess.LENDER_FROZEN));
        assertThat(told).isEmpty();
    }
}
