package io.peerlend.disclosure.loanbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.lending.api.events.LoanDefaulted;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanRepaid;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected against observed defaults per grade, over all loans issued and over the loans that have aged. */
class ModelOutcomesTest {

    static final Instant AT = Instant.parse("2027-01-15T10:00:00Z");

    private static LoanFact issued(String id, String grade, String pd, LocalDate on) {
        LoanFact f = LoanFacts.opened(LoanFactsTest.opened(id, grade, pd, 1_000_00), 0);
        return LoanFacts.disbursed(f, new LoanDisbursed(id, "b", 980_00, "GBP", on, List.of(), AT), 1);
    }

    @Test
    void givenLoansOfTwoGrades_whenSomeDefaultAndSomeAge_thenExpectedIsTheSumOfPdsAndObservedTheDefaults() {
        LocalDate start = LocalDate.parse("2025-01-10");
        LocalDate asOf = LocalDate.parse("2026-03-31");
        List<LoanFact> loans = new ArrayList<>();
        // grade B: four 12-month loans at PD 0.08; one defaulted, one repaid early, two ran their term (aged)
        LoanFact b1 = issued("b1", "B", "0.08", start);
        loans.add(LoanFacts.defaulted(
                b1, new LoanDefaulted("b1", "91 days past due", 0, 0, 0, LocalDate.parse("2025-06-10"), AT), 2));
        loans.add(LoanFacts.repaid(
                issued("b2", "B", "0.08", start), new LoanRepaid("b2", LocalDate.parse("2025-03-01"), AT), 2));
        loans.add(issued("b3", "B", "0.08", start));
        loans.add(issued("b4", "B", "0.08", start));
        // grade A: two loans issued a month ago, still running: counted, not aged
        loans.add(issued("a1", "A", "0.03", LocalDate.parse("2026-03-01")));
        loans.add(issued("a2", "A", "0.04", LocalDate.parse("2026-03-01")));
        // a loan issued after the date is not in the figures
        loans.add(issued("a3", "A", "0.04", LocalDate.parse("2026-04-02")));

        List<ModelOutcomes.Grade> grades = ModelOutcomes.of(loans, asOf);

        assertThat(grades).extracting(ModelOutcomes.Grade::grade).containsExactly("A*", "A", "B", "C", "D", "E");
        ModelOutcomes.Grade b = grades.get(2);
        assertThat(b.loansIssued()).isEqualTo(4);
        assertThat(b.expectedDefaults()).isEqualByComparingTo("0.32");
        assertThat(b.observedDefaults()).isEqualTo(1);
        assertThat(b.expectedRate()).isEqualByComparingTo("0.0800");
        assertThat(b.observedRate()).isEqualByComparingTo("0.2500");
        assertThat(b.loansAged()).isEqualTo(4);
        ModelOutcomes.Grade a = grades.get(1);
        assertThat(a.loansIssued()).isEqualTo(2);
        assertThat(a.expectedDefaults()).isEqualByComparingTo(new BigDecimal("0.07"));
        assertThat(a.loansAged()).isZero();
        assertThat(a.expectedRateAged()).as("nothing aged: no rate").isNull();
        assertThat(grades.get(0).loansIssued()).isZero();
        assertThat(grades.get(0).expectedRate()).isNull();
    }
}
