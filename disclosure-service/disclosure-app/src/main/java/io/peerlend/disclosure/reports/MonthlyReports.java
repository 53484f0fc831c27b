package io.peerlend.disclosure.reports;

import io.peerlend.disclosure.loanbook.LoanBook;
import io.peerlend.disclosure.loanbook.domain.LenderActivity;
import io.peerlend.disclosure.reports.domain.OperatingFigures;
import io.peerlend.disclosure.reports.domain.OperatingReport;
import io.peerlend.disclosure.reports.domain.ReportSeal;
import io.peerlend.lending.api.BusinessDateAdvanced;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes the monthly operating report when the business date first moves past a month's last day. It runs in the
 * loan book's processing group, so the book it reads is exactly the book as of that moment: every event before the
 * date moved on, none after — the same on a replay from zero, which recomputes each report and checks it byte for byte
 * against what was published (a difference is recorded, never overwritten).
 */
@Component
@ProcessingGroup("disclosure-loan-book")
class MonthlyReports {

    private static final Logger log = LoggerFactory.getLogger(MonthlyReports.class);

    private final LoanBook book;
    private final ReportArchive archive;
    private final ReportSeal seal;
    private final DisclosureProfile profile;
    private final JsonMapper json = JsonMapper.builder().build();
    /** Reports recomputed (on a replay) and found identical to the published ones, since this instance started. */
    private final java.util.concurrent.atomic.AtomicLong reproduced = new java.util.concurrent.atomic.AtomicLong();

    MonthlyReports(LoanBook book, ReportArchive archive, ReportSeal seal, DisclosureProfile profile) {
        this.book = book;
        this.archive = archive;
        this.seal = seal;
        this.profile = profile;
    }

    @EventHandler
    void on(BusinessDateAdvanced e) {
        // every month whose last day the clock has now left behind (several if it jumped)
        for (YearMonth month = YearMonth.from(e.from()); month.atEndOfMonth().isBefore(e.to());
             month = month.plusMonths(1)) {
            close(month);
        }
    }

    long reproduced() {
        return reproduced.get();
    }

    void close(YearMonth month) {
        String series = OperatingReport.SERIES;
        String period = month.toString();
        String previous = archive.before(series, period).map(ReportSeal.Sealed::sha256)
                .orElse(OperatingFigures.NO_PREVIOUS);
        List<LenderActivity> lenders = book.lenders().stream()
                .map(l -> new LenderActivity(l.id(), Set.copyOf(l.months()))).toList();
        OperatingReport report = OperatingFigures.monthly(month, profile.currency(), book.loans(), lenders,
                profile.fees(), previous);
        ReportSeal.Sealed sealed = seal.seal(ReportArchive.id(series, period), json.writeValueAsBytes(report),
                previous);
        archive.find(series, period).ifPresentOrElse(published -> {
            if (published.sha256().equals(sealed.sha256())) {
                reproduced.incrementAndGet();
            } else {
                log.error("replayed report {} differs from the published one ({} against {})", sealed.id(),
                        sealed.sha256(), published.sha256());
                archive.mismatch(published, sealed);
            }
        }, () -> {
            archive.publish(series, period, sealed);
            log.info("published report {} ({})", sealed.id(), sealed.sha256());
        });
    }
}
