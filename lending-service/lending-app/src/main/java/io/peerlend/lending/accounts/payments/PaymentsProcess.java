package io.peerlend.lending.accounts.payments;

import io.peerlend.lending.api.commands.ConfirmPayout;
import io.peerlend.lending.api.commands.SettleLoanPayment;
import io.peerlend.lending.api.events.CollectionRequested;
import io.peerlend.lending.api.events.DepositRequested;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.lending.api.events.WithdrawalRequested;
import io.peerlend.lending.applications.domain.BorrowerExposure;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Instructs the payment provider once a deposit, withdrawal, loan payout or collection is recorded. If the provider cannot be reached the
 * handler fails and the tracking processor retries the event; the provider is idempotent by reference, so a retry
 * after a lost acknowledgement moves no money twice. Never repeated on a replay.
 */
@Component
@ProcessingGroup(PaymentsProcess.GROUP)
public class PaymentsProcess {

    public static final String GROUP = "lending-payments";

    private final PaymentProvider provider;
    private final CommandGateway commands;

    PaymentsProcess(PaymentProvider provider, CommandGateway commands) {
        this.provider = provider;
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(DepositRequested e) {
        provider.collect(new PaymentProvider.Instruction(e.depositId(), e.lenderId(), e.amountMinor(), e.currency()));
    }

    /**
     * A funded loan's money goes to its borrower only if they may still borrow now (their identity is re-checked in
     * their exposure at this moment); otherwise the payout is recorded as stopped and the loan cancelled, which gives
     * every lender their money back.
     */
    @EventHandler
    @DisallowReplay
    void on(LoanOpened e) {
        BorrowerExposure.Decision payout = commands.sendAndWait(new ConfirmPayout(e.borrowerId(), e.loanId()));
        if (!payout.granted()) {
            commands.sendAndWait(new SettleLoanPayment(e.loanId(), e.disbursementReference(), false, payout.reason()));
            return;
        }
        provider.disburse(new PaymentProvider.Instruction(
                e.disbursementReference(), e.loanId(), e.netDisbursementMinor(), e.currency()));
    }

    @EventHandler
    @DisallowReplay
    void on(CollectionRequested e) {
        provider.collectRepayment(
                new PaymentProvider.Instruction(e.reference(), e.loanId(), e.amountMinor(), e.currency()));
    }

    @EventHandler
    @DisallowReplay
    void on(WithdrawalRequested e) {
        provider.payOut(new PaymentProvider.Instruction(e.withdrawalId(), e.lenderId(), e.amountMinor(), e.currency()));
    }
}
