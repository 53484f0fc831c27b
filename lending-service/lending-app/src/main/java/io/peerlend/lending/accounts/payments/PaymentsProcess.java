package io.peerlend.lending.accounts.payments;

import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.commands.ConfirmLoanPartPayout;
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

    /** Told to the borrower: the lender's sanctions status is not theirs to know. */
    static final String LENDER_FROZEN =
            "payout stopped: part of the loan's money may not be lent at the moment; the loan is cancelled and you may"
                    + " apply again";

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
     * every lender their money back. Each lender is re-checked too: an asset freeze that came after the market matched
     * their offer (before it took the offer off) stops the payout the same way.
     */
    @EventHandler
    @DisallowReplay
    void on(LoanOpened e) {
        BorrowerExposure.Decision payout = commands.sendAndWait(new ConfirmPayout(e.borrowerId(), e.loanId()));
        if (!payout.granted()) {
            commands.sendAndWait(new SettleLoanPayment(e.loanId(), e.disbursementReference(), false, payout.reason()));
            return;
        }
        // every lender is asked (in the order of their ids, as every multi-account step is), so each frozen one records
        // it
        boolean lendersMayPay = true;
        for (String lender : e.parts().stream()
                .map(LoanPartShare::lenderId)
                .distinct()
                .sorted()
                .toList()) {
            lendersMayPay &= Boolean.TRUE.equals(commands.sendAndWait(new ConfirmLoanPartPayout(lender, e.loanId())));
        }
        if (!lendersMayPay) {
            commands.sendAndWait(new SettleLoanPayment(e.loanId(), e.disbursementReference(), false, LENDER_FROZEN));
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
