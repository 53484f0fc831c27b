package io.peerlend.disclosure.complaints;

import io.peerlend.disclosure.complaints.domain.ComplaintFact;
import io.peerlend.disclosure.loanbook.LoanBook;
import io.peerlend.kyc.api.ComplaintEscalated;
import io.peerlend.kyc.api.ComplaintRaised;
import io.peerlend.kyc.api.ComplaintResolved;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The complaints the KYC service publishes, reduced to what the public figures need. It runs in the loan book's
 * processing group, so a report made when the business date moves on sees exactly the complaints before that moment.
 */
@Component
@ProcessingGroup(LoanBook.GROUP)
public class ComplaintBook {

    static final String COLLECTION = "disclosure_complaints";

    /** The fact under its complaint's id (the domain record carries no persistence annotations). */
    record Doc(@Id String id, ComplaintFact fact) {}

    private final MongoTemplate mongo;
    private final ZoneId zone;

    ComplaintBook(MongoTemplate mongo, @Value("${peerlend.disclosure.time-zone:Europe/London}") String zone) {
        this.mongo = mongo;
        this.zone = ZoneId.of(zone);
    }

    @EventHandler
    void on(ComplaintRaised e) {
        mongo.save(
                new Doc(
                        e.complaintId(),
                        new ComplaintFact(
                                e.complaintId(), e.role(), e.category(), day(e.raisedAt()), null, null, null, 0, null)),
                COLLECTION);
    }

    @EventHandler
    void on(ComplaintResolved e) {
        update(
                e.complaintId(),
                f -> new ComplaintFact(
                        f.complaintId(),
                        f.role(),
                        f.category(),
                        f.raisedOn(),
                        day(e.resolvedAt()),
                        e.outcome(),
                        e.withinDeadline(),
                        e.redressMinor(),
                        f.escalatedOn()));
    }

    @EventHandler
    void on(ComplaintEscalated e) {
        update(
                e.complaintId(),
                f -> new ComplaintFact(
                        f.complaintId(),
                        f.role(),
                        f.category(),
                        f.raisedOn(),
                        f.resolvedOn(),
                        f.outcome(),
                        f.withinDeadline(),
                        f.redressMinor(),
                        day(e.escalatedAt())));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    public List<ComplaintFact> all() {
        return mongo.findAll(Doc.class, COLLECTION).stream().map(Doc::fact).toList();
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    private void update(String id, UnaryOperator<ComplaintFact> change) {
        Doc doc = mongo.findById(id, Doc.class, COLLECTION);
        if (doc != null) {
            mongo.save(new Doc(id, change.apply(doc.fact())), COLLECTION);
        }
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }
}
