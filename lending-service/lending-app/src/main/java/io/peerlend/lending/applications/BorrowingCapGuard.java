package io.peerlend.lending.applications;

import io.peerlend.lending.api.commands.QueryBorrowing;
import io.peerlend.lending.api.events.BorrowingCapReached;
import io.peerlend.lending.product.BorrowingCap;
import io.peerlend.lending.product.LoanApplicationRejected;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Checks the borrowing cap against what the borrower owes and has reserved now (asked of their
 * {@link io.peerlend.lending.applications.domain.BorrowerExposure}, not of a read model), and records a refusal as an
 * event before answering it. This tells a borrower early; the binding check is the reservation the funding process
 * makes inside the exposure before the market funds the loan.
 */
@Component
public class BorrowingCapGuard {

    private final BorrowingCap cap;
    private final CommandGateway commands;
    private final EventGateway events;
    private final Clock clock;

    BorrowingCapGuard(BorrowingCap cap, CommandGateway commands, EventGateway events, Clock clock) {
        this.cap = cap;
        this.commands = commands;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws LoanApplicationRejected naming the amount, once the refusal is recorded; on acceptance it is the
     *         borrower's debts, not their request, that are at fault (a conflict)
     */
    public void check(String borrowerId, String applicationId, BorrowingCapReached.Stage stage, long requestedMinor) {
        long outstanding = owed(borrowerId);
        try {
            cap.check(outstanding, requestedMinor);
        } catch (LoanApplicationRejected refused) {
            events.publish(new BorrowingCapReached(
                    borrowerId,
                    applicationId,
                    stage,
                    requestedMinor,
                    outstanding,
                    cap.maxOutstandingMinor(),
                    cap.currency(),
                    refused.violations().get(0).message(),
                    clock.instant()));
            throw stage == BorrowingCapReached.Stage.ACCEPTANCE ? refused.asConflict() : refused;
        }
    }

    /** Principal the borrower owes or has reserved by accepting loans not yet paid out. */
    public long owed(String borrowerId) {
        try {
            Long owed = commands.sendAndWait(new QueryBorrowing(borrowerId));
            return owed == null ? 0 : owed;
        } catch (AggregateNotFoundException never) {
            return 0; // a borrower who never borrowed
        }
    }
}
