package io.peerlend.disclosure.reports;

import io.peerlend.disclosure.indicators.Supervision;
import io.peerlend.disclosure.loanbook.LoanBook;
import io.peerlend.disclosure.reports.domain.OutcomeStatement;
import io.peerlend.disclosure.reports.domain.Outcomes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The outcome statement for the year so far, from the loan book as it stands (not sealed: the year's statement is
 * published when the year ends). It reads the whole book, so one answer serves everyone for a minute.
 */
@Component
public class CurrentOutcomes {

    /** What the year-to-date statement names instead of a previous report's hash: it is not part of the chain. */
    public static final String NOT_PUBLISHED = "year to date, not a published statement";

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final LoanBook book;
    private final Supervision supervision;
    private final DisclosureProfile profile;
    private final FeeScheduleBook fees;
    private final Clock clock = Clock.systemUTC();
    private volatile OutcomeStatement cached;
    private volatile Instant computedAt = Instant.MIN;

    CurrentOutcomes(LoanBook book, Supervision supervision, DisclosureProfile profile, FeeScheduleBook fees) {
        this.fees = fees;
        this.book = book;
        this.supervision = supervision;
        this.profile = profile;
    }

    public OutcomeStatement yearToDate() {
        Instant now = clock.instant();
        if (cached == null || computedAt.plus(FRESH_FOR).isBefore(now)) {
            LocalDate today = book.businessDate() != null ? book.businessDate() : LocalDate.now(clock);
            cached = Outcomes.annual(
                    today.getYear(),
                    today,
                    profile.currency(),
                    book.loans(),
                    supervision.fundBalance(),
                    fees.lenderFeeRateOn(today),
                    fees.assumedLossGivenDefaultOn(today),
                    NOT_PUBLISHED);
            computedAt = now;
        }
        return cached;
    }
}
