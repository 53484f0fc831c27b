package io.peerlend.disclosure.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.disclosure.complaints.domain.ComplaintFact;
import io.peerlend.kyc.api.ComplaintCategory;
import io.peerlend.kyc.api.ComplaintOutcome;
import io.peerlend.kyc.api.CustomerRole;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintFiguresTest {

    static final LocalDate FROM = LocalDate.parse("2027-07-01");
    static final LocalDate TO = LocalDate.parse("2027-12-31");

    static ComplaintFact fact(
            String id,
            CustomerRole role,
            ComplaintCategory category,
            String raised,
            String resolved,
            ComplaintOutcome outcome,
            Boolean inTime,
            long redress,
            String escalated) {
        return new ComplaintFact(
                id,
                role,
                category,
                LocalDate.parse(raised),
                resolved == null ? null : LocalDate.parse(resolved),
                outcome,
                inTime,
                redress,
                escalated == null ? null : LocalDate.parse(escalated));
    }

    @Test
    void givenComplaintsAcrossPeriods_whenTheHalfYearIsCounted_thenEachFigureCountsOnlyWhatHappenedInIt() {
        List<ComplaintFact> facts = List.of(
                // raised before the half-year, closed in it, late and not upheld
                fact(
                        "a",
                        CustomerRole.BORROWER,
                        ComplaintCategory.REPAYMENTS_AND_ARREARS,
                        "2027-06-20",
                        "2027-08-30",
                        ComplaintOutcome.NOT_UPHELD,
                        false,
                        0,
                        null),
                // raised and closed in it, partly upheld in time with redress
                fact(
                        "b",
                        CustomerRole.LENDER,
                        ComplaintCategory.INVESTMENT_AND_RETURNS,
                        "2027-09-01",
                        "2027-09-20",
                        ComplaintOutcome.PARTLY_UPHELD,
                        true,
                        25_50,
                        null),
                // raised in it, still open at the end and referred to the ombudsman
                fact(
                        "c",
                        CustomerRole.BORROWER,
                        ComplaintCategory.REPAYMENTS_AND_ARREARS,
                        "2027-10-01",
                        null,
                        null,
                        null,
                        0,
                        "2027-12-15"),
                // raised after it: not counted at all
                fact("d", CustomerRole.BORROWER, ComplaintCategory.SERVICE, "2028-01-02", null, null, null, 0, null));

        ComplaintsReport r = ComplaintFigures.of("2027-H2", FROM, TO, "GBP", facts, "prev");

        assertThat(r.opened()).isEqualTo(2);
        assertThat(r.openedByBorrowers()).isEqualTo(1);
        assertThat(r.openedByLenders()).isEqualTo(1);
        assertThat(r.closed()).isEqualTo(2);
        assertThat(r.upheld()).isEqualTo(1);
        assertThat(r.upheldShare()).isEqualTo("0.5000");
        assertThat(r.closedWithinDeadlineShare()).isEqualTo("0.5000");
        assertThat(r.openAtEnd()).isEqualTo(1);
        assertThat(r.referredToOmbudsman()).isEqualTo(1);
        assertThat(r.redressOffered()).isEqualTo("25.50");
        assertThat(r.byCategory())
                .containsExactly(
                        new ComplaintsReport.CategoryLine("REPAYMENTS_AND_ARREARS", 1, 1, 0),
                        new ComplaintsReport.CategoryLine("INVESTMENT_AND_RETURNS", 1, 1, 1));
    }

    @Test
    void givenNothingClosed_whenCounted_thenTheSharesAreNullNotZero() {
        ComplaintsReport r = ComplaintFigures.of("2027-H2", FROM, TO, "GBP", List.of(), null);
        assertThat(r.closed()).isZero();
        assertThat(r.upheldShare()).isNull();
        assertThat(r.closedWithinDeadlineShare()).isNull();
        assertThat(ComplaintFigures.halfYear(2027, 6)).isEqualTo("2027-H1");
        assertThat(ComplaintFigures.halfYear(2027, 12)).isEqualTo("2027-H2");
    }
}
