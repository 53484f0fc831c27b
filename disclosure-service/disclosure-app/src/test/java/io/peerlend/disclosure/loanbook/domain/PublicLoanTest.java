package io.peerlend.disclosure.loanbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.lending.api.IncomeBands;
import io.peerlend.lending.api.events.LoanDisbursed;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A loan as published: no person in it — a one-way id, months not days, income as a band. */
class PublicLoanTest {

    @Test
    void givenAPaidOutLoan_whenPublished_thenNothingIdentifiesTheBorrower() {
        LoanFact f = LoanFacts.described(
                LoanFacts.opened(LoanFactsTest.opened("app-123", "B", "0.08", 1_000_00), 0),
                "CAR",
                IncomeBands.of("2800.00", "GBP"));
        f = LoanFacts.disbursed(
                f,
                new LoanDisbursed(
                        "app-123",
                        "borrower-app-123",
                        980_00,
                        "GBP",
                        LocalDate.parse("2027-01-15"),
                        List.of(),
                        LoanFactsTest.AT),
                1);

        PublicLoan row = PublicLoan.of(f);

        assertThat(row.values()).hasSameSizeAs(PublicLoan.COLUMNS);
        assertThat(row.id()).hasSize(16).doesNotContain("app-123");
        assertThat(String.join(",", row.values())).doesNotContain("borrower", "app-123", "2027-01-15");
        assertThat(row.issueMonth()).isEqualTo("2027-01");
        assertThat(row.incomeBand()).isEqualTo("25000-39999");
        assertThat(row.amount()).isEqualTo("1000.00");
        assertThat(row.status()).isEqualTo("ACTIVE");
        assertThat(PublicLoan.of(f).id()).as("stable").isEqualTo(row.id());
    }

    @Test
    void givenIncomes_whenBanded_thenTheAnnualBandInTheLoansCurrency() {
        assertThat(IncomeBands.of("1000.00", "GBP")).isEqualTo("under 15000");
        assertThat(IncomeBands.of("1250.00", "GBP")).isEqualTo("15000-24999");
        assertThat(IncomeBands.of("9000.00", "GBP")).isEqualTo("100000 and over");
        assertThat(IncomeBands.of("9000.00", "CNY")).isEqualTo("100000-199999");
        assertThat(IncomeBands.of(null, "GBP")).isEqualTo("not stated");
    }
}
