package io.peerlend.kyc.complaints.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.peerlend.kyc.api.ComplaintAcknowledged;
import io.peerlend.kyc.api.ComplaintCategory;
import io.peerlend.kyc.api.ComplaintEscalated;
import io.peerlend.kyc.api.ComplaintRaised;
import io.peerlend.kyc.api.ComplaintResolved;
import io.peerlend.kyc.api.EscalateComplaint;
import io.peerlend.kyc.api.RaiseComplaint;
import io.peerlend.kyc.api.RespondToComplaint;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A customer's complaint: raised and acknowledged at once with the day the final response is due; answered once by an
 * officer (upheld or not, with any redress); referred to the ombudsman by the customer when no final response came in
 * time or they disagree with it.
 */
public class Complaint {

    @AggregateIdentifier
    private String complaintId;

    private String customerId;
    private ComplaintCategory category;
    private LocalDate due;
    private boolean resolved;
    private boolean escalated;

    protected Complaint() {
        // for Axon
    }

    /** Raising again with the same id (a retried form) changes nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    LocalDate handle(RaiseComplaint c, ComplaintPolicy policy, Clock clock) {
        if (complaintId != null) {
            return due;
        }
        Instant now = clock.instant();
        LocalDate dueBy = policy.dueFrom(policy.today(clock));
        apply(new ComplaintRaised(
                c.complaintId(), c.customerId(), c.role(), c.category(), c.reference(), c.description(), now, dueBy));
        apply(new ComplaintAcknowledged(c.complaintId(), c.customerId(), dueBy, policy.ombudsman(), now));
        return dueBy;
    }

    @CommandHandler
    void handle(RespondToComplaint c, ComplaintPolicy policy, Clock clock) {
        if (resolved) {
            throw new ComplaintRuleBroken("the final response has already been sent");
        }
        if (c.redressMinor() < 0) {
            throw new ComplaintRuleBroken("redress cannot be negative");
        }
        boolean inTime = !policy.today(clock).isAfter(due);
        apply(new ComplaintResolved(
                complaintId,
                customerId,
                category,
                c.outcome(),
                c.response(),
                c.redressMinor(),
                c.currency(),
                c.officerId(),
                clock.instant(),
                inTime));
    }

    @CommandHandler
    ComplaintEscalated.Reason handle(EscalateComplaint c, ComplaintPolicy policy, Clock clock) {
        if (!c.customerId().equals(customerId)) {
            throw new ComplaintRuleBroken("only the customer who complained may refer it to the ombudsman");
        }
        if (escalated) {
            throw new ComplaintRuleBroken("the complaint has already been referred to the ombudsman");
        }
        ComplaintEscalated.Reason reason;
        if (resolved) {
            reason = ComplaintEscalated.Reason.DISAGREES_WITH_RESPONSE;
        } else if (policy.today(clock).isAfter(due)) {
            reason = ComplaintEscalated.Reason.NO_FINAL_RESPONSE_IN_TIME;
        } else {
            throw new ComplaintRuleBroken("our final response is due by " + due + ": you may refer the complaint to "
                    + policy.ombudsman() + " after that, or as soon as you have our response");
        }
        apply(new ComplaintEscalated(complaintId, customerId, category, reason, clock.instant()));
        return reason;
    }

    @EventSourcingHandler
    void on(ComplaintRaised e) {
        complaintId = e.complaintId();
        customerId = e.customerId();
        category = e.category();
        due = e.finalResponseDue();
    }

    @EventSourcingHandler
    void on(ComplaintResolved e) {
        resolved = true;
    }

    @EventSourcingHandler
    void on(ComplaintEscalated e) {
        escalated = true;
    }
}
