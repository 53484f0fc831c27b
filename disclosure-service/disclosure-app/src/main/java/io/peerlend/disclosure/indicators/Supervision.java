package io.peerlend.disclosure.indicators;

import io.peerlend.calendar.api.BusinessDateAdvanced;
import io.peerlend.disclosure.indicators.domain.EarlyWarning;
import io.peerlend.disclosure.indicators.domain.Indicator;
import io.peerlend.disclosure.indicators.domain.ModelStability;
import io.peerlend.disclosure.indicators.domain.Thresholds;
import io.peerlend.disclosure.loanbook.LoanBook;
import io.peerlend.lending.api.events.LenderFundsDeposited;
import io.peerlend.lending.api.events.LenderFundsLent;
import io.peerlend.lending.api.events.LenderFundsReceived;
import io.peerlend.lending.api.events.LoanApplicationScored;
import io.peerlend.lending.api.events.ProvisionFundMoved;
import io.peerlend.lending.api.events.WithdrawalFailed;
import io.peerlend.lending.api.events.WithdrawalRequested;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The early-warning indicators, evaluated for each business day as the date moves on, with their history and alerts
 * (an alert opens when an indicator breaches its threshold and closes when it is back within it). Runs in the loan
 * book's processing group, so it sees exactly the book of the day that ended; lenders' cash and the provision fund are
 * followed here too. Rebuildable by replay (each cash movement is kept once, by its event's id).
 */
@Component
@ProcessingGroup("disclosure-loan-book")
public class Supervision {

    private static final Logger log = LoggerFactory.getLogger(Supervision.class);
    static final String HISTORY = "disclosure_indicators";
    static final String ALERTS = "disclosure_alerts";
    static final String FUND = "disclosure_fund";
    /** The window over which the credit model's population stability is measured. */
    static final int PSI_WINDOW_DAYS = 90;

    /** The indicators of one business day. */
    public record Day(@Id String id, LocalDate date, List<Indicator> indicators) {}

    /** A breach, from the day it was seen until the day it ended (null while it lasts). */
    public record Alert(
            @Id String id,
            String indicator,
            String value,
            String rule,
            String threshold,
            LocalDate raisedOn,
            LocalDate clearedOn) {}

    record Fund(@Id String id, long balanceMinor, long version) {}

    private final MongoTemplate mongo;
    private final LoanBook book;
    private final Thresholds limits;
    private final ModelCards models;
    private final BusinessDays days;

    Supervision(MongoTemplate mongo, LoanBook book, Thresholds limits, ModelCards models, BusinessDays days) {
        this.mongo = mongo;
        this.book = book;
        this.limits = limits;
        this.models = models;
        this.days = days;
    }

    @EventHandler
    void on(LoanApplicationScored e, EventMessage<?> m) {
        days.scored(book.businessDate(), e.applicationId(), e.grade(), e.modelVersion());
    }

    @EventHandler
    void on(LenderFundsDeposited e, EventMessage<?> m) {
        cash(m, e.amountMinor());
    }

    @EventHandler
    void on(WithdrawalRequested e, EventMessage<?> m) {
        days.cash(book.businessDate(), m.getIdentifier(), -e.amountMinor(), true);
    }

    @EventHandler
    void on(WithdrawalFailed e, EventMessage<?> m) {
        cash(m, e.amountMinor());
    }

    @EventHandler
    void on(LenderFundsLent e, EventMessage<?> m) {
        cash(m, -e.amountMinor());
    }

    @EventHandler
    void on(LenderFundsReceived e, EventMessage<?> m) {
        cash(m, e.principalMinor() + e.interestMinor());
    }

    @EventHandler
    void on(ProvisionFundMoved e, DomainEventMessage<?> m) {
        Fund fund = mongo.findById(e.currency(), Fund.class, FUND);
        if (fund == null || fund.version() < m.getSequenceNumber()) {
            mongo.save(new Fund(e.currency(), e.balanceAfterMinor(), m.getSequenceNumber()), FUND);
        }
    }

    @EventHandler
    void on(BusinessDateAdvanced e) {
        LocalDate day = e.from();
        if (day == null) {
            // the calendar's first date: no business day has closed yet, so there is nothing to measure (this used to
            // throw, which went unseen while failed events were skipped, and stops the loan book's processor now)
            return;
        }
        List<Indicator> indicators = EarlyWarning.on(
                day,
                book.current(),
                fundBalance(),
                days.closeCash(day),
                days.withdrawals(day, 30),
                modelStability(day),
                limits);
        mongo.save(new Day(day.toString(), day, indicators), HISTORY);
        for (Indicator i : indicators) {
            Optional<Alert> open = openAlert(i.name());
            if (i.breached() && open.isEmpty()) {
                log.warn("early warning: {} is {} ({} {})", i.name(), i.value(), i.rule(), i.threshold());
                mongo.save(
                        new Alert(
                                i.name() + ":" + day,
                                i.name(),
                                i.value().toPlainString(),
                                i.rule(),
                                i.threshold().toPlainString(),
                                day,
                                null),
                        ALERTS);
            } else if (!i.breached() && open.isPresent()) {
                mongo.updateFirst(
                        Query.query(Criteria.where("_id").is(open.get().id())),
                        Update.update("clearedOn", day),
                        ALERTS);
            }
        }
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(HISTORY);
        mongo.dropCollection(ALERTS);
        mongo.dropCollection(FUND);
        days.reset();
    }

    public Optional<Day> latest() {
        return Optional.ofNullable(mongo.findOne(
                new Query().with(Sort.by(Sort.Direction.DESC, "date")).limit(1), Day.class, HISTORY));
    }

    public List<Day> history(LocalDate from, LocalDate to) {
        return mongo.find(
                Query.query(Criteria.where("date").gte(from).lte(to)).with(Sort.by("date")), Day.class, HISTORY);
    }

    public List<Alert> alerts() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "raisedOn")), Alert.class, ALERTS);
    }

    public Thresholds thresholds() {
        return limits;
    }

    private Optional<Alert> openAlert(String indicator) {
        return Optional.ofNullable(mongo.findOne(
                Query.query(Criteria.where("indicator")
                        .is(indicator)
                        .and("clearedOn")
                        .is(null)),
                Alert.class,
                ALERTS));
    }

    private void cash(EventMessage<?> m, long amount) {
        days.cash(book.businessDate(), m.getIdentifier(), amount, false);
    }

    /** PSI of the grades scored in the window by the model version most used in it, against its hold-out grades. */
    private BigDecimal modelStability(LocalDate day) {
        Map<String, Map<String, Long>> byVersion = days.gradesByVersion(day, PSI_WINDOW_DAYS);
        return byVersion.entrySet().stream()
                .max(Map.Entry.<String, Map<String, Long>>comparingByValue(
                                Comparator.comparingLong(grades -> grades.values().stream()
                                        .mapToLong(Long::longValue)
                                        .sum()))
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(v -> ModelStability.psi(
                        models.validatedGrades(v.getKey()), v.getValue(), limits.modelPsiMinApplications()))
                .orElse(null);
    }

    /** What the provision fund holds now (in the profile's currency: the platform runs one). */
    public long fundBalance() {
        return mongo.find(new Query(), Fund.class, FUND).stream()
                .mapToLong(Fund::balanceMinor)
                .sum();
    }
}
