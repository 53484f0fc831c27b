package io.peerlend.lending.applications;

import io.peerlend.lending.api.BorrowingCapReached;
import io.peerlend.lending.applications.domain.BorrowingCap;
import io.peerlend.lending.applications.domain.LoanApplicationRejected;
import io.peerlend.lending.loans.LoanQueries;
import java.time.Clock;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.stereotype.Component;

/**
 * Checks the borrowing cap against what the borrower owes now, and records a refusal as an event before answering it
 * (the policy itself, {@link BorrowingCap}, only decides).
 */
@Component
public class BorrowingCapGuard {

    private final BorrowingCap cap;
    private final LoanQueries loans;
    private final EventGateway events;
    private final Clock clock;

    BorrowingCapGuard(BorrowingCap cap, LoanQueries loans, EventGateway events, Clock clock) {
        this.cap = cap;
        this.loans = loans;
        this.events = events;
        this.clock = clock;
    }

    /** @throws LoanApplicationRejected naming the amount, once the refusal is recorded */
    public void check(String borrowerId, String applicationId, BorrowingCapReached.Stage stage, long requestedMinor) {
        long outstanding = loans.outstandingOf(borrowerId);
        try {
            cap.check(outstanding, requestedMinor);
        } catch (LoanApplicationRejected refused) {
            events.publish(new BorrowingCapReached(borrowerId, applicationId, stage, requestedMinor, outstanding,
                    cap.maxOutstandingMinor(), cap.currency(), refused.violations().get(0).message(),
                    clock.instant()));
            throw refused;
        }
    }
}
