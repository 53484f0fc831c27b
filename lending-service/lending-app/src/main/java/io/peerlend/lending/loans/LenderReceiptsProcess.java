package io.peerlend.lending.loans;

import io.peerlend.lending.api.PartPayment;
import io.peerlend.lending.api.commands.ReceiveFromLoan;
import io.peerlend.lending.api.events.DefaultCovered;
import io.peerlend.lending.api.events.LoanCancelled;
import io.peerlend.lending.api.events.LoanRepaymentReceived;
import io.peerlend.lending.api.events.LoanWithdrawn;
import java.util.Comparator;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Every receipt of a loan reaches its lenders' available money: one credit per lender and receipt, which the lender's
 * account applies once. Never repeated on a replay.
 */
@Component
@ProcessingGroup(LenderReceiptsProcess.GROUP)
class LenderReceiptsProcess {

    static final String GROUP = "lending-receipts";

    private final CommandGateway commands;

    LenderReceiptsProcess(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(LoanRepaymentReceived e) {
        credit(e.loanId(), e.receiptNo(), e.kind(), e.currency(), e.distributions());
    }

    @EventHandler
    @DisallowReplay
    void on(DefaultCovered e) {
        credit(e.loanId(), e.receiptNo(), "PROVISION_FUND", e.currency(), e.distributions());
    }

    @EventHandler
    @DisallowReplay
    void on(LoanWithdrawn e) {
        credit(e.loanId(), e.receiptNo(), "COOLING_OFF", e.currency(), e.distributions());
    }

    @EventHandler
    @DisallowReplay
    void on(LoanCancelled e) {
        credit(e.loanId(), e.receiptNo(), "CANCELLED", e.currency(), e.refunds());
    }

    /**
     * Lender accounts are credited in the order of their ids: the locks a handler's commands take are held until the
     * event is handled, so every step that touches several accounts takes them in the same order (no deadlock).
     */
    private void credit(String loanId, int receiptNo, String kind, String currency, List<PartPayment> payments) {
        for (PartPayment p : payments.stream()
                .sorted(Comparator.comparing(PartPayment::lenderId))
                .toList()) {
            if (p.principalMinor() + p.interestMinor() > 0) {
                commands.sendAndWait(new ReceiveFromLoan(
                        p.lenderId(), loanId, receiptNo, p.principalMinor(), p.interestMinor(), kind, currency));
            }
        }
    }
}
