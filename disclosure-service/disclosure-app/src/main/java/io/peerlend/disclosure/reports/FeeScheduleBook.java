package io.peerlend.disclosure.reports;

import io.peerlend.disclosure.loanbook.LoanBook;
import io.peerlend.disclosure.reports.domain.FeeSchedule;
import io.peerlend.disclosure.reports.domain.OperatingReport;
import io.peerlend.lending.api.events.FeeSchedulePublished;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The fee schedules lending has published, each from the day it took effect: a report shows the schedule in force on
 * its date. It runs in the loan book's processing group, so a report made when the business date moves on sees
 * exactly the schedules published before that moment, the same on a replay.
 */
@Component
@ProcessingGroup(LoanBook.GROUP)
public class FeeScheduleBook {

    static final String COLLECTION = "disclosure_fee_schedules";

    record Doc(@Id String id, LocalDate from, long sequence, FeeSchedule schedule) {}

    private final MongoTemplate mongo;
    private final ZoneId zone;

    FeeScheduleBook(MongoTemplate mongo, @Value("${peerlend.disclosure.time-zone:Europe/London}") String zone) {
        this.mongo = mongo;
        this.zone = ZoneId.of(zone);
    }

    @EventHandler
    void on(FeeSchedulePublished e) {
        String id = e.currency() + ":" + e.publishedAt();
        if (mongo.findById(id, Doc.class, COLLECTION) != null) {
            return; // redelivered: it keeps its place in the order schedules were published
        }
        long sequence = mongo.count(new Query(), COLLECTION);
        FeeSchedule schedule = new FeeSchedule(
                e.currency(),
                e.originationBpsByGrade(),
                e.provisionBpsByGrade(),
                e.servicingFeeBps(),
                e.lateFeeMinor(),
                e.lateFeeAfterDays(),
                e.assumedLossGivenDefault(),
                e.saleFeeBps());
        mongo.save(new Doc(id, e.publishedAt().atZone(zone).toLocalDate(), sequence, schedule), COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    /**
     * The schedule in force at the end of {@code date}: the last published on or before it; before the first
     * publication, the first (lending publishes its fees when it starts, so they were charged from the beginning).
     */
    public List<OperatingReport.FeeLine> linesOn(LocalDate date, String lateFeeName) {
        return inForceOn(date).map(s -> s.lines(lateFeeName)).orElse(List.of());
    }

    /** The servicing fee's share of lenders' interest on the date (none before lending published any fees). */
    public BigDecimal lenderFeeRateOn(LocalDate date) {
        return inForceOn(date).map(FeeSchedule::lenderFeeRate).orElse(BigDecimal.ZERO);
    }

    /** The loss given default assumed on the date; null before lending published one. */
    public BigDecimal assumedLossGivenDefaultOn(LocalDate date) {
        return inForceOn(date).map(FeeSchedule::lossGivenDefaultAssumption).orElse(null);
    }

    public Optional<FeeSchedule> inForceOn(LocalDate date) {
        List<Doc> all = mongo.findAll(Doc.class, COLLECTION).stream()
                .sorted(Comparator.comparingLong(Doc::sequence))
                .toList();
        return all.stream()
                .filter(d -> !d.from().isAfter(date))
                .reduce((earlier, later) -> later)
                .or(() -> all.stream().findFirst())
                .map(Doc::schedule);
    }
}
