package io.peerlend.lending.applications.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.peerlend.lending.api.commands.AcceptQuote;
import io.peerlend.lending.api.commands.ConfirmBorrowerIdentity;
import io.peerlend.lending.api.commands.ExpireApplication;
import io.peerlend.lending.api.commands.RecordCreditDecision;
import io.peerlend.lending.api.commands.RecordFunding;
import io.peerlend.lending.api.commands.RecordQuote;
import io.peerlend.lending.api.commands.ReduceLoanAmount;
import io.peerlend.lending.api.commands.RequestQuote;
import io.peerlend.lending.api.commands.SubmitLoanApplication;
import io.peerlend.lending.api.commands.WithdrawApplication;
import io.peerlend.lending.api.events.BorrowerIdentityConfirmed;
import io.peerlend.lending.api.events.LoanAmountReduced;
import io.peerlend.lending.api.events.LoanApplicationDeclined;
import io.peerlend.lending.api.events.LoanApplicationExpired;
import io.peerlend.lending.api.events.LoanApplicationScored;
import io.peerlend.lending.api.events.LoanApplicationSubmitted;
import io.peerlend.lending.api.events.LoanApplicationWithdrawn;
import io.peerlend.lending.api.events.LoanFunded;
import io.peerlend.lending.api.events.LoanNotFunded;
import io.peerlend.lending.api.events.LoanNotQuoted;
import io.peerlend.lending.api.events.LoanQuoted;
import io.peerlend.lending.api.events.QuoteAccepted;
import io.peerlend.lending.api.events.QuoteRequested;
import io.peerlend.lending.product.Amounts;
import io.peerlend.lending.product.LoanApplicationRejected;
import io.peerlend.lending.product.LoanProductPolicy;
import io.peerlend.lending.product.Violation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** A borrower's request for a loan, from submission on. Event-sourced: state is assigned only from events. */
public class LoanApplication {

    /** The grade the scoring service gives to an application it declines. */
    static final String DECLINE = "DECLINE";

    static final Duration EXPIRY_GRACE = Duration.ofDays(30);

    @AggregateIdentifier
    private String applicationId;

    private String borrowerId;
    private ApplicationStatus status;
    private long amountMinor;
    private String currency;
    private int termMonths;
    private String quotedMarket;
    private BigDecimal quotedRate;
    private Instant quoteValidUntil;

    protected LoanApplication() {
        // for Axon
    }

    @CommandHandler
    public LoanApplication(SubmitLoanApplication command, LoanProductPolicy policy, Clock clock) {
        policy.check(command.amountMinor(), command.currency(), command.termMonths());
        apply(new LoanApplicationSubmitted(
                command.applicationId(),
                command.borrowerId(),
                command.amountMinor(),
                command.currency(),
                command.termMonths(),
                command.purpose(),
                command.finances(),
                command.circumstances(),
                clock.instant(),
                command.sealedDeclarations(),
                command.incomeBand()));
    }

    /** Only a verified customer's application proceeds; a repeated confirmation changes nothing. */
    @CommandHandler
    void handle(ConfirmBorrowerIdentity command, Clock clock) {
        if (status == ApplicationStatus.SUBMITTED) {
            apply(new BorrowerIdentityConfirmed(applicationId, borrowerId, clock.instant()));
        }
    }

    /**
     * Records the credit decision once, and never before the borrower's identity is confirmed; a repeated decision
     * (a redelivered event's retry) changes nothing.
     */
    @CommandHandler
    void handle(RecordCreditDecision command, Clock clock) {
        if (status != ApplicationStatus.IDENTITY_CONFIRMED) {
            return;
        }
        if (DECLINE.equals(command.grade())) {
            apply(new LoanApplicationDeclined(
                    applicationId, command.reasons(), command.modelVersion(), clock.instant()));
        } else {
            apply(new LoanApplicationScored(
                    applicationId,
                    command.grade(),
                    command.pd(),
                    command.score(),
                    command.reasons(),
                    command.modelVersion(),
                    clock.instant()));
        }
    }

    /** A quote for a scored application (a newer quote replaces an older one); none when the market is too thin. */
    @CommandHandler
    void handle(RecordQuote c, Clock clock) {
        if (status != ApplicationStatus.SCORED && status != ApplicationStatus.QUOTED) {
            return;
        }
        if (!c.available()) {
            apply(new LoanNotQuoted(applicationId, c.reason(), clock.instant()));
            return;
        }
        apply(new LoanQuoted(
                applicationId,
                c.marketId(),
                c.ratePercent(),
                c.aprPercent(),
                c.feeMinor(),
                c.monthlyPaymentMinor(),
                c.totalRepayableMinor(),
                c.firstDueDate(),
                c.validUntil(),
                clock.instant(),
                c.parts()));
    }

    /**
     * Acceptance re-checks the quote: it must be the current one and still valid; a second acceptance changes
     * nothing. The caller checks the borrower owns the application.
     */
    @CommandHandler
    ApplicationStatus handle(AcceptQuote c, Clock clock) {
        if (status == ApplicationStatus.ACCEPTED) {
            return status;
        }
        if (status != ApplicationStatus.QUOTED) {
            throw new LoanApplicationRejected(
                    List.of(new Violation("status", "there is no quote to accept; this application is " + status)));
        }
        if (!clock.instant().isBefore(quoteValidUntil)) {
            throw new LoanApplicationRejected(
                    List.of(new Violation("quote", "the quote expired at " + quoteValidUntil + "; ask for a new one")));
        }
        apply(new QuoteAccepted(applicationId, borrowerId, quotedMarket, amountMinor, quotedRate, clock.instant()));
        return status;
    }

    /** A smaller amount, before acceptance, within the product's limits; the application is then quoted again. */
    @CommandHandler
    void handle(ReduceLoanAmount c, LoanProductPolicy policy, Clock clock) {
        if (status != ApplicationStatus.SCORED && status != ApplicationStatus.QUOTED) {
            throw new LoanApplicationRejected(List.of(new Violation(
                    "status",
                    "the amount can be lowered once the application is scored and before a quote is accepted; "
                            + "this one is " + status)));
        }
        if (c.amountMinor() >= amountMinor) {
            throw new LoanApplicationRejected(List.of(new Violation(
                    "amount", "must be less than the amount asked for now, " + Amounts.format(amountMinor, currency))));
        }
        policy.check(c.amountMinor(), currency, termMonths);
        apply(new LoanAmountReduced(applicationId, amountMinor, c.amountMinor(), clock.instant()));
    }

    @EventSourcingHandler
    void on(LoanAmountReduced event) {
        this.amountMinor = event.toMinor();
        this.status = ApplicationStatus.SCORED;
    }

    /** The borrower may withdraw until they accept; withdrawing again changes nothing. */
    @CommandHandler
    void handle(WithdrawApplication c, Clock clock) {
        if (status == ApplicationStatus.WITHDRAWN) {
            return;
        }
        if (status == ApplicationStatus.ACCEPTED
                || status == ApplicationStatus.FUNDED
                || status == ApplicationStatus.DECLINED
                || status == ApplicationStatus.EXPIRED) {
            throw new LoanApplicationRejected(
                    List.of(new Violation("status", "an application that is " + status + " cannot be withdrawn")));
        }
        apply(new LoanApplicationWithdrawn(applicationId, c.by(), clock.instant()));
    }

    /** A quote that lapsed more than {@link #EXPIRY_GRACE} ago without renewal closes the application. */
    @CommandHandler
    void handle(ExpireApplication c, Clock clock) {
        if (status == ApplicationStatus.QUOTED && clock.instant().isAfter(quoteValidUntil.plus(EXPIRY_GRACE))) {
            apply(new LoanApplicationExpired(
                    applicationId,
                    "the quote lapsed on " + quoteValidUntil + " and was neither accepted nor renewed within "
                            + EXPIRY_GRACE.toDays() + " days",
                    clock.instant()));
        }
    }

    @EventSourcingHandler
    void on(LoanApplicationWithdrawn event) {
        this.status = ApplicationStatus.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(LoanApplicationExpired event) {
        this.status = ApplicationStatus.EXPIRED;
    }

    /** The market's answer to an acceptance; a repeated answer changes nothing. */
    @CommandHandler
    void handle(RecordFunding c, Clock clock) {
        if (status != ApplicationStatus.ACCEPTED) {
            return;
        }
        apply(
                c.funded()
                        ? new LoanFunded(
                                applicationId,
                                quotedMarket,
                                amountMinor,
                                c.ratePercent(),
                                c.parts(),
                                clock.instant(),
                                c.shares())
                        : new LoanNotFunded(applicationId, c.reason(), clock.instant()));
    }

    /** The borrower may ask again once scored; the owner check is the caller's. */
    @CommandHandler
    void handle(RequestQuote c, Clock clock) {
        if (status != ApplicationStatus.SCORED && status != ApplicationStatus.QUOTED) {
            throw new LoanApplicationRejected(
                    List.of(new Violation("status", "only a scored application can be quoted; this one is " + status)));
        }
        apply(new QuoteRequested(applicationId, clock.instant()));
    }

    @EventSourcingHandler
    void on(LoanQuoted event) {
        this.status = ApplicationStatus.QUOTED;
        this.quotedMarket = event.marketId();
        this.quotedRate = event.ratePercent();
        this.quoteValidUntil = event.validUntil();
    }

    @EventSourcingHandler
    void on(QuoteAccepted event) {
        this.status = ApplicationStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(LoanFunded event) {
        this.status = ApplicationStatus.FUNDED;
    }

    /** Back to scored: a new quote is needed. */
    @EventSourcingHandler
    void on(LoanNotFunded event) {
        this.status = ApplicationStatus.SCORED;
    }

    @EventSourcingHandler
    void on(LoanApplicationSubmitted event) {
        this.applicationId = event.applicationId();
        this.borrowerId = event.borrowerId();
        this.amountMinor = event.amountMinor();
        this.currency = event.currency();
        this.termMonths = event.termMonths();
        this.status = ApplicationStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(BorrowerIdentityConfirmed event) {
        this.status = ApplicationStatus.IDENTITY_CONFIRMED;
    }

    @EventSourcingHandler
    void on(LoanApplicationScored event) {
        this.status = ApplicationStatus.SCORED;
    }

    @EventSourcingHandler
    void on(LoanApplicationDeclined event) {
        this.status = ApplicationStatus.DECLINED;
    }

    String borrowerId() {
        return borrowerId;
    }

    ApplicationStatus status() {
        return status;
    }
}
