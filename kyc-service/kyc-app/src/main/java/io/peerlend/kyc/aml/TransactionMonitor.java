package io.peerlend.kyc.aml;

import io.peerlend.kyc.aml.domain.AmlRules;
import io.peerlend.kyc.aml.domain.CaseRuleBroken;
import io.peerlend.kyc.aml.domain.MoneyMovement;
import io.peerlend.kyc.aml.domain.MonitoringProfile;
import io.peerlend.kyc.aml.domain.MonitoringRule;
import io.peerlend.kyc.api.AmlAlert;
import io.peerlend.kyc.api.AmlCaseCleared;
import io.peerlend.kyc.api.AmlCaseOpened;
import io.peerlend.kyc.api.AttachAmlAlerts;
import io.peerlend.kyc.api.OpenAmlCase;
import io.peerlend.kyc.api.SuspiciousActivityReported;
import io.peerlend.lending.api.PayerCheck;
import io.peerlend.lending.api.events.LenderFundsDeposited;
import io.peerlend.lending.api.events.LenderFundsLent;
import io.peerlend.lending.api.events.LenderFundsWithdrawn;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanRepaymentReceived;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * AML transaction monitoring on the lending service's money events, a lender's (deposits, withdrawals, money lent)
 * and a borrower's (the loan paid out, each payment): each customer's recent movements are kept (in event order, in
 * this one processing group), every rule looks at each new movement, and alerts open a case,
 * or join the customer's open one. Idempotent: a movement already seen is not judged twice, and a case's id comes
 * from the movement that opened it. The records are written with the processor's batch ({@link MonitoringRecords}), as
 * the events of the cases it opens are: a batch that fails leaves neither, and is judged again.
 */
@Component
@ProcessingGroup(TransactionMonitor.GROUP)
public class TransactionMonitor {

    public static final String GROUP = "kyc-aml-monitoring";
    static final String COLLECTION = "aml_monitoring";
    /** Longer than any rule looks back. */
    private static final Duration KEEP = Duration.ofDays(120);

    static final String LOANS = "aml_loans";

    /**
     * {@code movements}: the customer's recent money in and out; {@code lastLent}: the latest part a lender lent, which
     * stands for all they lent (see {@link #on(LenderFundsLent)}). Records kept before that hold parts lent among the
     * movements; they are read as the latest of them.
     */
    @Document(COLLECTION)
    record Customer(@Id String id, List<MoneyMovement> movements, String openCaseId, MoneyMovement lastLent) {

        Customer withOpenCase(String caseId) {
            return new Customer(id, movements, caseId, lastLent);
        }
    }

    /** Whose loan it is: repayments name only the loan. */
    @Document(LOANS)
    record Loan(@Id String id, String borrowerId) {}

    private final MongoTemplate mongo;
    private final MonitoringRecords records;
    private final CommandGateway commands;
    private final MonitoringProfile profile;
    private final List<MonitoringRule> rules = AmlRules.all();

    TransactionMonitor(MongoTemplate mongo, CommandGateway commands, MonitoringProfile profile) {
        this.mongo = mongo;
        this.records = new MonitoringRecords(mongo);
        this.commands = commands;
        this.profile = profile;
    }

    @EventHandler
    void on(LenderFundsDeposited e) {
        observe(
                e.lenderId(),
                new MoneyMovement(
                        e.paymentId(),
                        MoneyMovement.Kind.DEPOSIT,
                        e.amountMinor(),
                        e.currency(),
                        e.depositedAt(),
                        null,
                        e.payer() == null || e.payer() == PayerCheck.UNCHECKED || e.payer() == PayerCheck.NOT_REPORTED
                                ? null
                                : e.payer() == PayerCheck.OTHER_NAME));
    }

    @EventHandler
    void on(LenderFundsWithdrawn e) {
        observe(
                e.lenderId(),
                new MoneyMovement(
                        e.paymentId(), MoneyMovement.Kind.WITHDRAWAL, e.amountMinor(), e.currency(), e.withdrawnAt()));
    }

    /**
     * Money lent never raises an alert itself: the rules only ask whether anything was lent lately (money in and out
     * again without being lent) and when the account last moved (a dormant account waking), and the latest part lent
     * answers both. So it is kept alone, set without reading the record, instead of judging every part and keeping
     * each: a busy lender takes thousands of parts in the months monitoring looks back, and each rewrote the whole
     * record. One segment keeps a lender's events in order, so the last one set is the latest; setting it again is
     * harmless.
     */
    @EventHandler
    void on(LenderFundsLent e) {
        MoneyMovement lent = new MoneyMovement(
                e.loanId() + "/" + e.lenderId(), MoneyMovement.Kind.LENT, e.amountMinor(), e.currency(), e.lentAt());
        records.lent(e.lenderId(), lent);
    }

    @EventHandler
    void on(LoanDisbursed e) {
        mongo.save(new Loan(e.loanId(), e.borrowerId()), LOANS);
        observe(
                e.borrowerId(),
                new MoneyMovement(
                        e.loanId() + "/paid-out",
                        MoneyMovement.Kind.BORROWED,
                        e.netAmountMinor(),
                        e.currency(),
                        e.disbursedAt(),
                        e.loanId()));
    }

    /** A borrower's payment; a recovery (money collected after a default) is the borrower's too. */
    @EventHandler
    void on(LoanRepaymentReceived e) {
        Loan loan = mongo.findById(e.loanId(), Loan.class, LOANS);
        if (loan == null) {
            return; // a loan paid out before borrowers were monitored: nothing to compare its payments with
        }
        observe(
                loan.borrowerId(),
                new MoneyMovement(
                        e.loanId() + "/receipt/" + e.receiptNo(),
                        "FULL".equals(e.kind()) ? MoneyMovement.Kind.PAID_OFF : MoneyMovement.Kind.REPAID,
                        e.amountMinor(),
                        e.currency(),
                        e.receivedAt(),
                        e.loanId()));
    }

    @EventHandler
    void on(AmlCaseOpened e) {
        records.save(find(e.customerId()).withOpenCase(e.caseId()));
    }

    @EventHandler
    void on(AmlCaseCleared e) {
        closed(e.customerId(), e.caseId());
    }

    @EventHandler
    void on(SuspiciousActivityReported e) {
        closed(e.customerId(), e.caseId());
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
        mongo.dropCollection(LOANS);
    }

    private void observe(String customerId, MoneyMovement movement) {
        Customer c = find(customerId);
        if (c.movements().stream().anyMatch(m -> m.id().equals(movement.id()))) {
            return;
        }
        List<MoneyMovement> known = new ArrayList<>(c.movements());
        if (c.lastLent() != null) {
            known.add(c.lastLent());
        }
        Instant keepFrom = movement.at().minus(KEEP);
        List<MoneyMovement> history = new ArrayList<>(
                known.stream().filter(m -> m.at().isAfter(keepFrom)).toList());
        // and the last one before, so a long silence is still seen (a dormant account waking)
        known.stream()
                .filter(m -> !m.at().isAfter(keepFrom))
                .max(Comparator.comparing(MoneyMovement::at))
                .ifPresent(history::add);
        history.add(movement);
        history.sort(Comparator.comparing(MoneyMovement::at));
        List<AmlAlert> alerts = rules.stream()
                .map(r -> r.check(history, movement, profile))
                .flatMap(Optional::stream)
                .toList();
        String openCase = c.openCaseId();
        if (!alerts.isEmpty()) {
            boolean attached = openCase != null && attach(openCase, alerts);
            if (!attached) {
                openCase = "aml-"
                        + UUID.nameUUIDFromBytes((customerId + ":" + movement.id()).getBytes(StandardCharsets.UTF_8));
                commands.sendAndWait(new OpenAmlCase(openCase, customerId, alerts));
            }
        }
        List<MoneyMovement> inAndOut = history.stream()
                .filter(m -> m.kind() != MoneyMovement.Kind.LENT)
                .toList();
        records.save(new Customer(customerId, inAndOut, openCase, c.lastLent()));
    }

    /** False when an officer closed the case after this movement happened but before it was judged here. */
    private boolean attach(String caseId, List<AmlAlert> alerts) {
        try {
            commands.sendAndWait(new AttachAmlAlerts(caseId, alerts));
            return true;
        } catch (CaseRuleBroken closed) {
            return false;
        }
    }

    private void closed(String customerId, String caseId) {
        Customer c = find(customerId);
        if (caseId.equals(c.openCaseId())) {
            records.save(c.withOpenCase(null));
        }
    }

    /** The customer's record, parts lent among the movements (as kept before) read as the latest of them. */
    private Customer find(String customerId) {
        Customer c = records.find(customerId);
        if (c == null) {
            return new Customer(customerId, List.of(), null, null);
        }
        List<MoneyMovement> movements = c.movements() == null ? List.of() : c.movements();
        MoneyMovement lastLent = Stream.concat(
                        Stream.ofNullable(c.lastLent()),
                        movements.stream().filter(m -> m.kind() == MoneyMovement.Kind.LENT))
                .max(Comparator.comparing(MoneyMovement::at))
                .orElse(null);
        return new Customer(
                c.id(),
                movements.stream()
                        .filter(m -> m.kind() != MoneyMovement.Kind.LENT)
                        .toList(),
                c.openCaseId(),
                lastLent);
    }
}
