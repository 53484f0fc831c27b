package io.peerlend.lending.loans;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.platform.testing.RecordingMongo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The loans' read API on the real read side (the development MongoDB wire server). */
class LoanQueriesTest {

    private final RecordingMongo recorded = new RecordingMongo("loan-queries");
    private final LoanReadModel loans = new LoanReadModel(recorded.template());
    private final LoanQueries queries = new LoanQueries(loans);

    @AfterEach
    void close() {
        recorded.close();
    }

    @Test
    void givenTwoLoans_whenSeveralAreAskedForAtOnce_thenThoseThatExistComeBackFromOneQuery() {
        // given two loans opened
        open("loan-1", 100_000);
        open("loan-2", 250_000);
        recorded.clear();

        // when three ids are asked for, one of them unknown
        var views = queries.views(Set.of("loan-1", "loan-2", "no-such-loan"), LocalDate.parse("2031-05-06"));

        // then the two that exist come back by id, read in one query
        assertThat(views).containsOnlyKeys("loan-1", "loan-2");
        assertThat(views.get("loan-2").principal()).isEqualTo("2500.00");
        assertThat(recorded.reads()).containsExactly(LoanReadModel.COLLECTION);
        // and asking for none asks nothing
        recorded.clear();
        assertThat(queries.views(Set.of(), LocalDate.parse("2031-05-06"))).isEmpty();
        assertThat(recorded.commands()).isEmpty();
    }

    private void open(String loanId, long principalMinor) {
        LoanOpened opened = new LoanOpened(
                loanId,
                "borrower-1",
                "B-12",
                "B",
                new BigDecimal("0.03"),
                12,
                principalMinor,
                "GBP",
                new BigDecimal("6.50"),
                0,
                0,
                List.of(new LoanPartShare("lender-1", "offer-1", principalMinor, 650)),
                "payout-" + loanId,
                Instant.parse("2031-05-06T10:00:00Z"));
        loans.on(opened, new GenericDomainEventMessage<>("Loan", loanId, 0, opened));
    }
}
