package io.peerlend.lending.funding;

import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.commands.LendFromOffer;
import io.peerlend.lending.api.commands.MatchLoan;
import io.peerlend.lending.api.commands.RecordFunding;
import io.peerlend.lending.api.commands.ReleaseBorrowing;
import io.peerlend.lending.api.commands.ReserveBorrowing;
import io.peerlend.lending.api.events.LoanMatched;
import io.peerlend.lending.api.events.QuoteAccepted;
import io.peerlend.lending.applications.domain.BorrowerExposure;
import io.peerlend.lending.markets.domain.MarketRuleBroken;
import java.util.Comparator;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Funding an accepted loan, as steps: (0) the amount is reserved within the borrower's cap (their exposure, one
 * reservation at a time) — or the application hears why not; (1) the market matches it all or nothing at no more than the quoted rate — or the
 * application hears why not; (2) once matched, each lender's set-aside money becomes their loan part; (3) the
 * application is funded. Every step is idempotent and retried by the processor; the matched event carries the plan,
 * so a crash between steps resumes where it stopped. Never repeated on a replay.
 */
@Component
@ProcessingGroup(FundingProcess.GROUP)
public class FundingProcess {

    public static final String GROUP = "lending-funding";

    private final CommandGateway commands;

    FundingProcess(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(QuoteAccepted accepted) {
        BorrowerExposure.Decision cap = commands.sendAndWait(
                new ReserveBorrowing(accepted.borrowerId(), accepted.applicationId(), accepted.amountMinor()));
        if (!cap.granted()) {
            notFunded(accepted, cap.reason());
            return;
        }
        try {
            commands.sendAndWait(new MatchLoan(
                    accepted.marketId(), accepted.applicationId(), accepted.amountMinor(), accepted.maxRatePercent()));
        } catch (MarketRuleBroken | AggregateNotFoundException e) {
            commands.sendAndWait(new ReleaseBorrowing(accepted.borrowerId(), accepted.applicationId(), "not funded"));
            notFunded(accepted, e instanceof MarketRuleBroken ? e.getMessage() : "no money on offer in this market");
        }
    }

    private void notFunded(QuoteAccepted accepted, String reason) {
        commands.sendAndWait(new RecordFunding(accepted.applicationId(), false, reason, null, 0, List.of()));
    }

    @EventHandler
    @DisallowReplay
    void on(LoanMatched matched) {
        // accounts in the order of their ids, as every multi-account step does (see LenderReceiptsProcess)
        for (LoanMatched.MatchedPart part : matched.parts().stream()
                .sorted(Comparator.comparing(LoanMatched.MatchedPart::lenderId))
                .toList()) {
            commands.sendAndWait(new LendFromOffer(
                    part.lenderId(), part.offerId(), matched.loanId(), part.amountMinor(), part.rateBps()));
        }
        commands.sendAndWait(new RecordFunding(
                matched.loanId(),
                true,
                null,
                matched.ratePercent(),
                matched.parts().size(),
                matched.parts().stream()
                        .map(p -> new LoanPartShare(p.lenderId(), p.offerId(), p.amountMinor(), p.rateBps()))
                        .toList()));
    }
}
