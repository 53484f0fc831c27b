package io.peerlend.kyc.notifications;

import io.peerlend.kyc.api.AmlCaseOpened;
import io.peerlend.kyc.api.ComplaintAcknowledged;
import io.peerlend.kyc.api.ComplaintResolved;
import io.peerlend.kyc.api.CustomerReferred;
import io.peerlend.kyc.api.CustomerRejected;
import io.peerlend.kyc.api.CustomerVerified;
import io.peerlend.kyc.api.NotificationPreferencesSet;
import io.peerlend.kyc.api.NotificationTopic;
import io.peerlend.kyc.api.OnboardingSubmitted;
import io.peerlend.kyc.api.PersonalDataErased;
import io.peerlend.kyc.api.PushSubscriptionAdded;
import io.peerlend.kyc.api.PushSubscriptionRemoved;
import io.peerlend.kyc.customers.CustomerVault;
import io.peerlend.kyc.notifications.NotificationTexts.Facts;
import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.events.LoanApplicationSubmitted;
import io.peerlend.lending.api.events.LoanArrearsChanged;
import io.peerlend.lending.api.events.LoanDefaulted;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.lending.api.events.LoanQuoted;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Turns what happened into mails, in one processing group so that a customer's contact details are known before the
 * events that concern them. It keeps what it needs to know (each customer's sealed contact details and preferences,
 * whose loan each loan is, and who lent to it) and hands each notification to {@link Deliveries}, which sends it at
 * most once. A sanctions or AML finding is never told to the customer (that would tip them off): an AML case is told
 * to staff only, and a referral says only that their details are being checked, as their account page does.
 */
@Component
@ProcessingGroup(Notifier.GROUP)
class Notifier {

    static final String GROUP = "kyc-notifications";
    static final String CONTACTS = "notification_contacts";
    static final String LOANS = "notification_loans";

    private final MongoTemplate mongo;
    private final Deliveries deliveries;

    Notifier(MongoTemplate mongo, Deliveries deliveries) {
        this.mongo = mongo;
        this.deliveries = deliveries;
    }

    @EventHandler
    void on(OnboardingSubmitted e) {
        mongo.upsert(
                byId(e.customerId()),
                new Update().set("personalData", e.personalData()),
                Deliveries.Contact.class,
                CONTACTS);
    }

    @EventHandler
    void on(NotificationPreferencesSet e) {
        mongo.upsert(
                byId(e.customerId()),
                new Update().set("language", e.language()).set("optedOut", e.optedOut()),
                Deliveries.Contact.class,
                CONTACTS);
    }

    /** The last mail, while the customer's key still opens their address (their erasure is being recorded). */
    @EventListener
    void on(CustomerVault.ErasureStarting e) {
        deliveries.beforeErasure(e.customerId());
    }

    @EventHandler
    void on(PushSubscriptionAdded e) {
        mongo.save(
                new Deliveries.Device(
                        e.customerId() + "/" + e.deviceId(),
                        e.customerId(),
                        e.deviceId(),
                        e.subscription(),
                        e.addedAt()),
                Deliveries.DEVICES);
    }

    @EventHandler
    void on(PushSubscriptionRemoved e) {
        mongo.remove(byId(e.customerId() + "/" + e.deviceId()), Deliveries.DEVICES);
    }

    @EventHandler
    void on(PersonalDataErased e) {
        mongo.remove(byId(e.customerId()), CONTACTS);
        mongo.remove(Query.query(Criteria.where("customerId").is(e.customerId())), Deliveries.DEVICES);
        mongo.remove(Query.query(Criteria.where("customerId").is(e.customerId())), Deliveries.LINKS);
    }

    @EventHandler
    void on(CustomerVerified e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        deliveries.toCustomer(eventId, at, e.customerId(), identity("VERIFIED", e.customerId()));
    }

    @EventHandler
    void on(CustomerReferred e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        deliveries.toCustomer(eventId, at, e.customerId(), identity("IN_REVIEW", e.customerId()));
        deliveries.toStaff(eventId, at, Facts.of(NotificationTopic.STAFF_REVIEW_CASE, reference(e.customerId())));
    }

    @EventHandler
    void on(CustomerRejected e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        deliveries.toCustomer(eventId, at, e.customerId(), identity("REJECTED", e.customerId()));
    }

    @EventHandler
    void on(AmlCaseOpened e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        deliveries.toStaff(eventId, at, Facts.of(NotificationTopic.STAFF_AML_CASE, reference(e.caseId())));
    }

    @EventHandler
    void on(ComplaintAcknowledged e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        deliveries.toCustomer(
                eventId,
                at,
                e.customerId(),
                new Facts(
                        NotificationTopic.COMPLAINT_ACKNOWLEDGED,
                        null,
                        reference(e.complaintId()),
                        e.finalResponseDue(),
                        0));
    }

    @EventHandler
    void on(ComplaintResolved e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        deliveries.toCustomer(
                eventId,
                at,
                e.customerId(),
                Facts.of(NotificationTopic.COMPLAINT_ANSWERED, reference(e.complaintId())));
    }

    @EventHandler
    void on(LoanApplicationSubmitted e) {
        mongo.upsert(byId(e.applicationId()), new Update().set("borrowerId", e.borrowerId()), Loan.class, LOANS);
    }

    @EventHandler
    void on(LoanQuoted e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        Loan loan = mongo.findById(e.applicationId(), Loan.class, LOANS);
        if (loan != null) {
            deliveries.toCustomer(
                    eventId,
                    at,
                    loan.borrowerId(),
                    Facts.of(NotificationTopic.QUOTE_READY, reference(e.applicationId())));
        }
    }

    @EventHandler
    void on(LoanOpened e) {
        List<String> lenders =
                e.parts().stream().map(LoanPartShare::lenderId).distinct().toList();
        mongo.upsert(
                byId(e.loanId()),
                new Update().set("borrowerId", e.borrowerId()).set("lenders", lenders),
                Loan.class,
                LOANS);
    }

    @EventHandler
    void on(LoanDisbursed e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        deliveries.toCustomer(
                eventId, at, e.borrowerId(), Facts.of(NotificationTopic.LOAN_PAID_OUT, reference(e.loanId())));
    }

    /** Each step deeper into arrears is told; a loan back to current is not (the customer paid). */
    @EventHandler
    void on(LoanArrearsChanged e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        Loan loan = mongo.findById(e.loanId(), Loan.class, LOANS);
        if (loan != null && e.daysPastDue() > 0) {
            deliveries.toCustomer(
                    eventId,
                    at,
                    loan.borrowerId(),
                    new Facts(NotificationTopic.PAYMENT_MISSED, null, reference(e.loanId()), null, e.daysPastDue()));
        }
    }

    /** The borrower, and each lender who holds a part of the loan. */
    @EventHandler
    void on(LoanDefaulted e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        Loan loan = mongo.findById(e.loanId(), Loan.class, LOANS);
        if (loan == null) {
            return;
        }
        deliveries.toCustomer(
                eventId, at, loan.borrowerId(), Facts.of(NotificationTopic.LOAN_DEFAULTED, reference(e.loanId())));
        for (String lender : loan.lenders() == null ? List.<String>of() : loan.lenders()) {
            deliveries.toCustomer(
                    eventId, at, lender, Facts.of(NotificationTopic.LENDER_LOAN_DEFAULTED, reference(e.loanId())));
        }
    }

    /** The contacts and loans are rebuilt by the replay; what was sent stays recorded, so nothing goes out again. */
    @ResetHandler
    void reset() {
        mongo.dropCollection(CONTACTS);
        mongo.dropCollection(Deliveries.DEVICES);
        mongo.dropCollection(LOANS);
    }

    record Loan(String id, String borrowerId, List<String> lenders) {}

    private static Facts identity(String outcome, String customerId) {
        return new Facts(NotificationTopic.IDENTITY_CHECKED, outcome, reference(customerId), null, 0);
    }

    /** The last eight characters of an id: enough for the customer to tell two loans apart, nothing more. */
    static String reference(String id) {
        String plain = id.replace("-", "");
        return plain.substring(Math.max(0, plain.length() - 8)).toUpperCase(Locale.ROOT);
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
