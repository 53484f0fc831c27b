package io.peerlend.lending.provisionfund;

import io.peerlend.lending.api.commands.ProvisionFundMovement;
import io.peerlend.lending.api.commands.RecordDefaultCover;
import io.peerlend.lending.api.events.LoanDefaulted;
import io.peerlend.lending.api.events.LoanFeesEarned;
import io.peerlend.lending.api.events.LoanRepaymentReceived;
import io.peerlend.lending.loans.domain.ServicingPolicy;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The provision fund's steps: (1) an earned fee's risk part goes into the fund; (2) a default draws what the fund can
 * pay (interest due and outstanding principal), then (3) the loan shares it among its lenders; (4) recoveries on a
 * covered loan reimburse the fund. Each movement is idempotent by its reference. Never repeated on a replay.
 */
@Component
@ProcessingGroup(ProvisionFundProcess.GROUP)
public class ProvisionFundProcess {

    static final String GROUP = "lending-provision-fund";

    private final CommandGateway commands;
    private final ServicingPolicy policy;
    private final String currency;

    public ProvisionFundProcess(
            CommandGateway commands, ServicingPolicy policy, @Value("${peerlend.lending.currency}") String currency) {
        this.commands = commands;
        this.policy = policy;
        this.currency = currency;
    }

    @EventHandler
    @DisallowReplay
    void on(LoanFeesEarned e) {
        if (e.provisionFeeMinor() > 0) {
            commands.sendAndWait(new ProvisionFundMovement(
                    e.currency(),
                    e.loanId(),
                    "contribution:" + e.loanId(),
                    ProvisionFundMovement.Kind.CONTRIBUTE,
                    e.provisionFeeMinor()));
        }
    }

    @EventHandler
    @DisallowReplay
    void on(LoanDefaulted e) {
        if (!policy.provisionFund()) {
            return;
        }
        Long paid = commands.sendAndWait(new ProvisionFundMovement(
                currency,
                e.loanId(),
                "cover:" + e.loanId(),
                ProvisionFundMovement.Kind.DRAW,
                e.outstandingPrincipalMinor() + e.interestDueMinor()));
        commands.sendAndWait(new RecordDefaultCover(e.loanId(), paid));
    }

    @EventHandler
    @DisallowReplay
    void on(LoanRepaymentReceived e) {
        if (e.toProvisionFundMinor() > 0) {
            commands.sendAndWait(new ProvisionFundMovement(
                    e.currency(),
                    e.loanId(),
                    "recovery:" + e.reference(),
                    ProvisionFundMovement.Kind.REIMBURSE,
                    e.toProvisionFundMinor()));
        }
    }
}
