package io.peerlend.disclosure.indicators;

import io.peerlend.disclosure.indicators.domain.EarlyWarning;
import io.peerlend.disclosure.indicators.domain.Indicator;
import io.peerlend.disclosure.indicators.domain.ModelStability;
import io.peerlend.disclosure.indicators.domain.Thresholds;
import io.peerlend.disclosure.loanbook.LoanBook;
import io.peerlend.lending.api.BusinessDateAdvanced;
import io.peerlend.lending.api.LenderFundsDeposited;
import io.peerlend.lending.api.LenderFundsLent;
import io.peerlend.lending.api.LenderFundsReceived;
import io.peerlend.lending.api.LoanApplicationScored;
import io.peerlend.lending.api.ProvisionFundMoved;
import io.peerlend.lending.api.WithdrawalFailed;
import io.peerlend.lending.api.WithdrawalRequested;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
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
    static final String CASH = "disclosure_cash_moves";
    static final String FUND = "disclosure_fund";
    static final String SCORES = "disclosure_scores";
    /** The window over which the credit model's population stability is measured. */
    static final int PSI_WINDOW_DAYS = 90;

    /** The indicators of one business day. */
    public record Day(@Id String id, LocalDate date, List<Indicator> indicators) {
    }

    /** A breach, from the day it was seen until the day it ended (null while it lasts). */
    public record Alert(@Id String id, String indicator, String value, String rule, String threshold,
                        LocalDate raisedOn, LocalDate clearedOn) {
    }

    record CashMove(@Id String id, LocalDate date, String kind, long amountMinor) {
    }

    record Fund(@Id String id, long balanceMinor, long version) {
    }

    /** An application's grade (no personal data), by the business date it was scored on. */
    record Scored(@Id String id, LocalDate date, String grade, String modelVersion) {
    }

    private final MongoTemplate mongo;
    private final LoanBook book;
    private final Thresholds limits;
    private final ModelCards models;

    Supervision(MongoTemplate mongo, LoanBook book, Thresholds limits, ModelCards models) {
        this.mongo = mongo;
        this.book = book;
        this.limits = limits;
        this.models = models;
    }

    @EventHandler
    void on(LoanApplicationScored e, EventMessage<?> m) {
        // keyed by the application: a re-score replaces its grade
        mongo.save(new Scored(e.applicationId(), dateOf(m), e.grade(), e.modelVersion()), SCORES);
    }

    @EventHandler
    void on(LenderFundsDeposited e, EventMessage<?> m) {
        cash(m, "DEPOSIT", e.amountMinor());
    }

    @EventHandler
    void on(WithdrawalRequested e, EventMessage<?> m) {
        cash(m, "WITHDRAWAL_REQUESTED", -e.amountMinor());
    }

    @EventHandler
    void on(WithdrawalFailed e, EventMessage<?> m) {
        cash(m, "WITHDRAWAL_FAILED", e.amountMinor());
    }

    @EventHandler
    void on(LenderFundsLent e, EventMessage<?> m) {
        cash(m, "LENT", -e.amountMinor());
    }

    @EventHandler
    void on(LenderFundsReceived e, EventMessage<?> m) {
        cash(m, "RECEIVED", e.principalMinor() + e.interestMinor());
    }

    @EventHandler
    void on(ProvisionFundMoved e, org.axonframework.eventhandling.DomainEventMessage<?> m) {
        Fund fund = mongo.findById(e.currency(), Fund.class, FUND);
        if (fund == null || fund.version() < m.getSequenceNumber()) {
            mongo.save(new Fund(e.currency(), e.balanceAfterMinor(), m.getSequenceNumber()), FUND);
        }
    }

    @EventHandler
    void on(BusinessDateAdvanced e) {
        LocalDate day = e.from();
        List<Indicator> indicators = EarlyWarning.on(day, book.loans(), fundBalance(), lenderCash(day),
                withdrawalsInThe30DaysTo(day), modelStability(day), limits);
        mongo.save(new Day(day.toString(), day, indicators), HISTORY);
        for (Indicator i : indicators) {
            Optional<Alert> open = openAlert(i.name());
            if (i.breached() && open.isEmpty()) {
                log.warn("early warning: {} is {} ({} {})", i.name(), i.value(), i.rule(), i.threshold());
                mongo.save(new Alert(i.name() + ":" + day, i.name(), i.value().toPlainString(), i.rule(),
                        i.threshold().toPlainString(), day, null), ALERTS);
            } else if (!i.breached() && open.isPresent()) {
                mongo.updateFirst(Query.query(Criteria.where("_id").is(open.get().id())),
                        Update.update("clearedOn", day), ALERTS);
            }
        }
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(HISTORY);
        mongo.dropCollection(ALERTS);
        mongo.dropCollection(CASH);
        mongo.dropCollection(FUND);
        mongo.dropCollection(SCORES);
    }

    public Optional<Day> latest() {
        return Optional.ofNullable(mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "date")).limit(1),
                Day.class, HISTORY));
    }

    public List<Day> history(LocalDate from, LocalDate to) {
        return mongo.find(Query.query(Criteria.where("date").gte(from).lte(to)).with(Sort.by("date")), Day.class,
                HISTORY);
    }

    public List<Alert> alerts() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "raisedOn")), Alert.class, ALERTS);
    }

    public Thresholds thresholds() {
        return limits;
    }

    private Optional<Alert> openAlert(String indicator) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("indicator").is(indicator)
                .and("clearedOn").is(null)), Alert.class, ALERTS));
    }

    private void cash(EventMessage<?> m, String kind, long amount) {
        // keyed by the event's id: a redelivered event is the same movement
        mongo.save(new CashMove(m.getIdentifier(), dateOf(m), kind, amount), CASH);
    }

    private LocalDate dateOf(EventMessage<?> m) {
        LocalDate today = book.businessDate();
        return today != null ? today : LocalDate.ofInstant(m.getTimestamp(), ZoneOffset.UTC);
    }

    /** PSI of the grades scored in the window by the model version most used in it, against its hold-out grades. */
    private java.math.BigDecimal modelStability(LocalDate day) {
        List<Scored> window = mongo.find(Query.query(Criteria.where("date").gt(day.minusDays(PSI_WINDOW_DAYS))
                .lte(day)), Scored.class, SCORES);
        Map<String, Long> byVersion = window.stream()
                .collect(Collectors.groupingBy(Scored::modelVersion, Collectors.counting()));
        return byVersion.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .map(version -> ModelStability.psi(models.validatedGrades(version), window.stream()
                        .filter(s -> s.modelVersion().equals(version))
                        .collect(Collectors.groupingBy(Scored::grade, Collectors.counting())),
                        limits.modelPsiMinApplications()))
                .orElse(null);
    }

    /** What the provision fund holds now (in the profile's currency: the platform runs one). */
    public long fundBalance() {
        return mongo.find(new Query(), Fund.class, FUND).stream().mapToLong(Fund::balanceMinor).sum();
    }

    private long lenderCash(LocalDate day) {
        return mongo.find(Query.query(Criteria.where("date").lte(day)), CashMove.class, CASH).stream()
                .mapToLong(CashMove::amountMinor).sum();
    }

    private long withdrawalsInThe30DaysTo(LocalDate day) {
        return -mongo.find(Query.query(Criteria.where("kind").is("WITHDRAWAL_REQUESTED").and("date")
                        .gt(day.minusDays(30)).lte(day)), CashMove.class, CASH).stream()
                .mapToLong(CashMove::amountMinor).sum();
    }
}
