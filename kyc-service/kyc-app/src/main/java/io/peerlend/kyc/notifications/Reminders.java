package io.peerlend.kyc.notifications;

import io.peerlend.calendar.api.BusinessDateAdvanced;
import io.peerlend.kyc.api.ComplaintAcknowledged;
import io.peerlend.kyc.api.ComplaintResolved;
import io.peerlend.kyc.api.NotificationTopic;
import io.peerlend.kyc.notifications.NotificationTexts.Facts;
import io.peerlend.lending.api.ScheduledInstalment;
import io.peerlend.lending.api.events.LoanCancelled;
import io.peerlend.lending.api.events.LoanDefaulted;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanRepaid;
import io.peerlend.lending.api.events.LoanWithdrawn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What is told because a date came rather than because something happened: a borrower three days before each
 * instalment falls due, and staff when a complaint's final response is overdue. Both follow the business date
 * ({@link BusinessDateAdvanced}), never a machine's clock, in the notifications' processing group. Each due
 * instalment and each complaint is kept until it has been told of or no longer needs to be (the loan closed, the
 * complaint answered), so the collections stay as small as what is outstanding.
 */
@Component
@ProcessingGroup(Notifier.GROUP)
class Reminders {

    static final int DAYS_BEFORE_DUE = 3;
    static final String DUES = "notification_dues";
    static final String COMPLAINTS = "notification_complaints";

    record Due(String id, String loanId, String borrowerId, String dueDate) {}

    record OpenComplaint(String id, String customerId, String finalResponseDue) {}

    private final MongoTemplate mongo;
    private final Deliveries deliveries;

    Reminders(MongoTemplate mongo, Deliveries deliveries) {
        this.mongo = mongo;
        this.deliveries = deliveries;
    }

    @EventHandler
    void on(LoanDisbursed e) {
        for (ScheduledInstalment instalment : e.schedule()) {
            String due = instalment.dueDate().toString();
            mongo.save(new Due(e.loanId() + "#" + due, e.loanId(), e.borrowerId(), due), DUES);
        }
    }

    @EventHandler
    void on(LoanRepaid e) {
        closed(e.loanId());
    }

    @EventHandler
    void on(LoanWithdrawn e) {
        closed(e.loanId());
    }

    @EventHandler
    void on(LoanCancelled e) {
        closed(e.loanId());
    }

    @EventHandler
    void on(LoanDefaulted e) {
        closed(e.loanId());
    }

    @EventHandler
    void on(ComplaintAcknowledged e) {
        mongo.save(
                new OpenComplaint(
                        e.complaintId(), e.customerId(), e.finalResponseDue().toString()),
                COMPLAINTS);
    }

    @EventHandler
    void on(ComplaintResolved e) {
        mongo.remove(Query.query(Criteria.where("_id").is(e.complaintId())), COMPLAINTS);
    }

    /**
     * Every instalment due within three days of a date the business passed (a jump of several days tells each once),
     * and every complaint whose final response was due before the new date.
     */
    @EventHandler
    void on(BusinessDateAdvanced e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        LocalDate from = e.from() == null ? e.to().minusDays(1) : e.from();
        List<Due> dues = mongo.find(
                Query.query(Criteria.where("dueDate")
                        .gt(from.plusDays(DAYS_BEFORE_DUE).toString())
                        .lte(e.to().plusDays(DAYS_BEFORE_DUE).toString())),
                Due.class,
                DUES);
        for (Due due : dues) {
            // one reminder per instalment, whichever date change reached it
            deliveries.toCustomer(
                    "due/" + due.id(),
                    at,
                    due.borrowerId(),
                    new Facts(
                            NotificationTopic.PAYMENT_DUE,
                            null,
                            Notifier.reference(due.loanId()),
                            LocalDate.parse(due.dueDate()),
                            0));
            mongo.remove(Query.query(Criteria.where("_id").is(due.id())), DUES);
        }
        List<OpenComplaint> overdue = mongo.find(
                Query.query(Criteria.where("finalResponseDue").lt(e.to().toString())), OpenComplaint.class, COMPLAINTS);
        for (OpenComplaint complaint : overdue) {
            deliveries.toStaff(
                    "complaint-overdue/" + complaint.id(),
                    at,
                    new Facts(
                            NotificationTopic.STAFF_COMPLAINT_OVERDUE,
                            null,
                            Notifier.reference(complaint.id()),
                            LocalDate.parse(complaint.finalResponseDue()),
                            0));
            mongo.remove(Query.query(Criteria.where("_id").is(complaint.id())), COMPLAINTS);
        }
    }

    private void closed(String loanId) {
        mongo.remove(Query.query(Criteria.where("loanId").is(loanId)), DUES);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(DUES);
        mongo.dropCollection(COMPLAINTS);
    }
}
