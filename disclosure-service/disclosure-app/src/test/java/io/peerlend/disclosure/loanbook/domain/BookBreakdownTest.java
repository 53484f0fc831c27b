package io.peerlend.disclosure.loanbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.lending.api.events.LoanDefaulted;
import io.peerlend.lending.api.events.LoanDisbursed;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Drill-down: the same loans grouped by grade, vintage and status, each group's figures to the cent. */
class BookBreakdownTest {

    private static LoanFact issued(String id, String grade, long principal, String on) {
        LoanFact f = LoanFacts.opened(LoanFactsTest.opened(id, grade, "0.05", principal), 0);
        return LoanFacts.disbursed(
                f, new LoanDisbursed(id, "b", principal, "GBP", LocalDate.parse(on), List.of(), LoanFactsTest.AT), 1);
    }

    @Test
    void givenLoansOfTwoGradesAndVintages_whenBrokenDown_thenEachGroupAddsUp() {
        LoanFact defaulted = LoanFacts.defaulted(
                issued("L3", "B", 300_00, "2027-02-01"),
                new LoanDefaulted(
                        "L3", "91 days past due", 300_00, 0, 0, LocalDate.parse("2027-06-01"), LoanFactsTest.AT),
                2);
        List<LoanFact> loans = List.of(
                issued("L1", "A", 100_00, "2027-01-05"),
                issued("L2", "B", 200_00, "2027-01-20"),
                defaulted,
                issued("L4", "A", 400_00, "2027-08-01"));
        LocalDate asOf = LocalDate.parse("2027-07-31");

        List<BookBreakdown.Row> byGrade = BookBreakdown.by(BookBreakdown.Dimension.GRADE, loans, asOf, "GBP");
        assertThat(byGrade)
                .containsExactly(
                        new BookBreakdown.Row("A", 1, "100.00", 1, "100.00", 0, "0.00", 0, 0, "0.00"),
                        new BookBreakdown.Row("B", 2, "500.00", 2, "500.00", 1, "300.00", 1, 0, "0.00"));
        assertThat(BookBreakdown.by(BookBreakdown.Dimension.VINTAGE, loans, asOf, "GBP"))
                .extracting(BookBreakdown.Row::key, BookBreakdown.Row::loansIssued)
                .containsExactly(Tuple.tuple("2027-01", 2L), Tuple.tuple("2027-02", 1L));
        assertThat(BookBreakdown.by(BookBreakdown.Dimension.STATUS, loans, asOf, "GBP"))
                .extracting(BookBreakdown.Row::key)
                .containsExactly("ACTIVE", "DEFAULTED");
    }
}
