package io.peerlend.lending.applications;

import io.peerlend.lending.api.commands.RecordBorrowing;
import io.peerlend.lending.api.commands.ReduceBorrowing;
import io.peerlend.lending.api.commands.ReleaseBorrowing;
import io.peerlend.lending.api.events.LoanCancelled;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.lending.api.events.LoanRepaid;
import io.peerlend.lending.api.events.LoanRepaymentReceived;
import io.peerlend.lending.api.events.LoanWithdrawn;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each borrower's exposure in step with their loans: a loan opened counts (a no-op when its acceptance already
 * reserved it, so loans from before reservations existed are counted when this processor first runs); principal
 * repaid stops counting; a loan cancelled, withdrawn or repaid stops counting. Lag here only ever over-counts (money
 * arrives in the exposure synchronously, at the reservation), so the cap can never be passed because of it. Loan
 * events after the opening do not name the borrower: the opening's borrower is remembered per loan (in this
 * processor's own collection; one processing group, so a loan's opening is always handled before the rest).
 */
@Component
@ProcessingGroup(BorrowerExposureProcess.GROUP)
public class BorrowerExposureProcess {

    public static final String GROUP = "lending-borrower-exposure";
    private static final String BORROWERS = "borrower_of_loan";

    private final CommandGateway commands;
    private final MongoTemplate mongo;

    BorrowerExposureProcess(CommandGateway commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    @EventHandler
    @DisallowReplay
    void on(LoanOpened e) {
        mongo.save(new Document("_id", e.loanId()).append("borrowerId", e.borrowerId()), BORROWERS);
        commands.sendAndWait(new RecordBorrowing(e.borrowerId(), e.loanId(), e.principalMinor()));
    }

    @EventHandler
    @DisallowReplay
    void on(LoanRepaymentReceived e) {
        // a recovery is money from the borrower too: what reaches the lenders is principal they no longer owe
        commands.sendAndWait(
                new ReduceBorrowing(borrowerOf(e.loanId()), e.loanId(), e.receiptNo(), e.principalMinor()));
    }

    @EventHandler
    @DisallowReplay
    void on(LoanCancelled e) {
        release(e.loanId(), "payout failed");
    }

    @EventHandler
    @DisallowReplay
    void on(LoanWithdrawn e) {
        release(e.loanId(), "withdrawn within the cooling-off period");
    }

    @EventHandler
    @DisallowReplay
    void on(LoanRepaid e) {
        release(e.loanId(), "repaid");
    }

    private void release(String loanId, String reason) {
        commands.sendAndWait(new ReleaseBorrowing(borrowerOf(loanId), loanId, reason));
    }

    private String borrowerOf(String loanId) {
        Document d = mongo.findById(loanId, Document.class, BORROWERS);
        if (d == null) {
            throw new IllegalStateException("loan " + loanId + " was not seen opening"); // retried by the processor
        }
        return d.getString("borrowerId");
    }
}
