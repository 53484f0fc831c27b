package io.peerlend.lending.provisionfund;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import io.peerlend.infra.testing.TestStores;
import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanOpened;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The provision fund's cover on the real read-side server: loans being repaid count with their PD. */
class ProvisionFundCoverageIT {

    @Test
    void givenLoansBeingRepaid_whenTheCoverIsRead_thenTheirExpectedLossesAreSummed() {
        String database = "provision-cover-" + UUID.randomUUID();
        MongoTemplate mongo =
                new MongoTemplate(MongoClients.create(TestStores.mongo().uri(database)), database);
        ProvisionFundCoverage coverage = new ProvisionFundCoverage(mongo);
        Instant at = Instant.parse("2027-01-05T10:00:00Z");
        // given two loans paid out (PD 10% of 1,000.00 and 5% of 2,000.00) and one opened but not yet paid out
        for (Object[] loan : new Object[][] {
            {"l-1", "0.10", 1_000_00L, true}, {"l-2", "0.05", 2_000_00L, true}, {"l-3", "0.50", 9_000_00L, false}
        }) {
            String id = (String) loan[0];
            coverage.on(
                    new LoanOpened(
                            id,
                            "b",
                            "market:B:12",
                            "B",
                            new BigDecimal((String) loan[1]),
                            12,
                            (long) loan[2],
                            "GBP",
                            new BigDecimal("6.00"),
                            0,
                            0,
                            List.of(new LoanPartShare("l", "o", (long) loan[2])),
                            "payout:" + id,
                            at),
                    message(id, 0));
            if ((boolean) loan[3]) {
                coverage.on(
                        new LoanDisbursed(id, "b", (long) loan[2], "GBP", LocalDate.parse("2027-01-05"), List.of(), at),
                        message(id, 1));
            }
        }

        ProvisionFundCoverage.Cover cover = coverage.cover("GBP");

        assertThat(cover.performingLoans()).isEqualTo(2);
        assertThat(cover.outstanding()).isEqualTo(3_000_00);
        assertThat(cover.expectedLosses()).isEqualTo(200_00); // 100.00 + 100.00
    }

    private static GenericDomainEventMessage<Object> message(String loanId, long sequence) {
        return new GenericDomainEventMessage<>("Loan", loanId, sequence, "payload");
    }
}
