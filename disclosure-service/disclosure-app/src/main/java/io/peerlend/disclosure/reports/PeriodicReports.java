package io.peerlend.disclosure.reports;

import io.peerlend.calendar.api.BusinessDateAdvanced;
import io.peerlend.disclosure.complaints.ComplaintBook;
import io.peerlend.disclosure.indicators.Supervision;
import io.peerlend.disclosure.loanbook.LoanBook;
import io.peerlend.disclosure.loanbook.RelatedPartyRegister;
import io.peerlend.disclosure.loanbook.SecondaryTrades;
import io.peerlend.disclosure.loanbook.domain.LenderActivity;
import io.peerlend.disclosure.reports.domain.ComplaintFigures;
import io.peerlend.disclosure.reports.domain.ComplaintsReport;
import io.peerlend.disclosure.reports.domain.MonthlyData;
import io.peerlend.disclosure.reports.domain.OperatingFigures;
import io.peerlend.disclosure.reports.domain.OperatingReport;
import io.peerlend.disclosure.reports.domain.OutcomeStatement;
import io.peerlend.disclosure.reports.domain.Outcomes;
import io.peerlend.disclosure.reports.domain.ReportSeal;
import io.peerlend.disclosure.reports.domain.SecondaryMarketFigures;
import io.peerlend.disclosure.reports.domain.SecondaryMarketReport;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes the monthly operating report when the business date first moves past a month's last day, the complaints
 * figures when it moves past a half-year's, and the annual outcome statement when it moves past a year's. It runs in the loan book's processing group, so the book it reads is
 * exactly the book as of that moment: every event before the date moved on, none after — the same on a replay from
 * zero, which recomputes each report and checks it byte for byte against what was published (a difference is
 * recorded, never overwritten).
 */
@Component
@ProcessingGroup("disclosure-loan-book")
class PeriodicReports {

    private static final Logger log = LoggerFactory.getLogger(PeriodicReports.class);

    private final LoanBook book;
    private final RelatedPartyRegister relatedParties;
    private final ComplaintBook complaints;
    private final Supervision supervision;
    private final ReportArchive archive;
    private final ReportSeal seal;
    private final DisclosureProfile profile;
    private final FeeScheduleBook fees;
    private final SecondaryTrades trades;
    private final MonthlyDataStore data;
    private final JsonMapper json = JsonMapper.builder().build();
    /** Reports recomputed (on a replay) and found identical to the published ones, since this instance started. */
    private final AtomicLong reproduced = new AtomicLong();

    PeriodicReports(
            LoanBook book,
            RelatedPartyRegister relatedParties,
            ComplaintBook complaints,
            Supervision supervision,
            ReportArchive archive,
            ReportSeal seal,
            DisclosureProfile profile,
            FeeScheduleBook fees,
            SecondaryTrades trades,
            MonthlyDataStore data) {
        this.data = data;
        this.fees = fees;
        this.trades = trades;
        this.book = book;
        this.relatedParties = relatedParties;
        this.complaints = complaints;
        this.supervision = supervision;
        this.archive = archive;
        this.seal = seal;
        this.profile = profile;
    }

    @EventHandler
    void on(BusinessDateAdvanced e) {
        if (e.from() == null) {
            return; // the calendar's first date: no month has been left behind yet
        }
        // every month (and year) whose last day the clock has now left behind (several if it jumped)
        for (YearMonth month = YearMonth.from(e.from());
                month.atEndOfMonth().isBefore(e.to());
                month = month.plusMonths(1)) {
            closeMonth(month);
            if (month.getMonthValue() == 6 || month.getMonthValue() == 12) {
                closeHalfYear(month);
            }
            if (month.getMonthValue() == 12) {
                closeYear(month.getYear());
            }
        }
    }

    long reproduced() {
        return reproduced.get();
    }

    void closeMonth(YearMonth month) {
        String previous = previousHash(OperatingReport.SERIES, month.toString());
        List<LenderActivity> lenders = book.lenders().stream()
                .map(l -> new LenderActivity(l.id(), Set.copyOf(l.months())))
                .toList();
        OperatingReport report = OperatingFigures.monthly(
                month,
                profile.currency(),
                book.current(),
                lenders,
                relatedParties.current(),
                fees.linesOn(month.atEndOfMonth(), profile.lateFeeName()),
                previous);
        publish(OperatingReport.SERIES, month.toString(), json.writeValueAsBytes(report), previous);
        if (trades.any()) {
            // a series of its own from the first month the secondary market traded
            String before = previousHash(SecondaryMarketReport.SERIES, month.toString());
            SecondaryMarketReport secondary =
                    SecondaryMarketFigures.monthly(month, profile.currency(), trades.all(), before);
            publish(SecondaryMarketReport.SERIES, month.toString(), json.writeValueAsBytes(secondary), before);
        }
        publishData(month);
    }

    /**
     * The month's loan-level data as the reports saw it: every loan and listing whose state changed in the month, in
     * files anchored by a signed manifest, so anyone can recompute the loan-derived figures (docs/disclosure.md).
     */
    void publishData(YearMonth month) {
        String period = month.toString();
        LocalDate last = month.atEndOfMonth();
        String currency = profile.currency();
        List<List<String>> loans = data.close(
                MonthlyData.LOANS,
                period,
                book.current().stream()
                        .filter(f -> f.issued() && !f.issuedOn().isAfter(last) && currency.equals(f.currency()))
                        .map(MonthlyData::loanRow)
                        .toList());
        List<List<String>> listings = data.close(
                MonthlyData.LISTINGS,
                period,
                trades.all().stream()
                        .filter(t -> t.listedOn() != null && !t.listedOn().isAfter(last))
                        .map(t -> MonthlyData.listingRow(t, currency))
                        .toList());
        String previous = previousHash(MonthlyData.SERIES, period);
        MonthlyData.Manifest manifest = new MonthlyData.Manifest(
                MonthlyData.SERIES,
                period,
                last.toString(),
                currency,
                previous,
                MonthlyData.file(period, MonthlyData.LOANS, MonthlyData.LOAN_COLUMNS, loans),
                MonthlyData.file(period, MonthlyData.LISTINGS, MonthlyData.LISTING_COLUMNS, listings));
        publish(MonthlyData.SERIES, period, json.writeValueAsBytes(manifest), previous);
    }

    /** The data files are a projection of the events like the book: rebuilt month by month by the replay. */
    @ResetHandler
    void reset() {
        data.reset();
    }

    void closeYear(int year) {
        String previous = previousHash(OutcomeStatement.SERIES, String.valueOf(year));
        OutcomeStatement statement = Outcomes.annual(
                year,
                LocalDate.of(year, 12, 31),
                profile.currency(),
                book.current(),
                supervision.fundBalance(),
                fees.lenderFeeRateOn(LocalDate.of(year, 12, 31)),
                fees.assumedLossGivenDefaultOn(LocalDate.of(year, 12, 31)),
                previous);
        publish(OutcomeStatement.SERIES, String.valueOf(year), json.writeValueAsBytes(statement), previous);
    }

    void closeHalfYear(YearMonth last) {
        String period = ComplaintFigures.halfYear(last.getYear(), last.getMonthValue());
        String previous = previousHash(ComplaintsReport.SERIES, period);
        ComplaintsReport report = ComplaintFigures.of(
                period,
                last.minusMonths(5).atDay(1),
                last.atEndOfMonth(),
                profile.currency(),
                complaints.all(),
                previous);
        publish(ComplaintsReport.SERIES, period, json.writeValueAsBytes(report), previous);
    }

    private String previousHash(String series, String period) {
        return archive.before(series, period).map(ReportSeal.Sealed::sha256).orElse(OperatingFigures.NO_PREVIOUS);
    }

    private void publish(String series, String period, byte[] bytes, String previous) {
        ReportSeal.Sealed sealed = seal.seal(ReportArchive.id(series, period), bytes, previous);
        archive.find(series, period)
                .ifPresentOrElse(
                        published -> {
                            if (published.sha256().equals(sealed.sha256())) {
                                reproduced.incrementAndGet();
                            } else {
                                log.error(
                                        "replayed report {} differs from the published one ({} against {})",
                                        sealed.id(),
                                        sealed.sha256(),
                                        published.sha256());
                                archive.mismatch(published, sealed);
                            }
                        },
                        () -> {
                            archive.publish(series, period, sealed);
                            log.info("published report {} ({})", sealed.id(), sealed.sha256());
                        });
    }
}
