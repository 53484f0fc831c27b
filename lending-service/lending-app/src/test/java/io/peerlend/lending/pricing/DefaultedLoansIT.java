package io.peerlend.lending.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import io.peerlend.infra.testing.TestStores;
import io.peerlend.lending.api.LossGivenDefault;
import io.peerlend.lending.api.events.LoanDefaulted;
import io.peerlend.lending.api.events.LoanRepaymentReceived;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The platform's own loss given default, on the real read-side server. */
class DefaultedLoansIT {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    static final BigDecimal ASSUMED = new BigDecimal("0.85");

    private final String database = "pricing-defaults-" + UUID.randomUUID();
    private final DefaultedLoans defaults = new DefaultedLoans(
            new MongoTemplate(MongoClients.create(TestStores.mongo().uri(database)), database));

    @Test
    void givenThirtySeasonedDefaultsWithRecoveries_whenMeasured_thenTheLossGivenDefaultIsTheirs() {
        // given 30 loans in default for 13 months, each owing 1,000.00 at default, 250.00 recovered each
        for (int i = 0; i < 30; i++) {
            String loan = "l-" + i;
            defaults.on(defaulted(loan, TODAY.minusMonths(13)));
            defaults.on(recovery(loan, 7, 250_00));
            // a recovery delivered twice counts once, and a redelivered default resets nothing
            defaults.on(recovery(loan, 7, 250_00));
            defaults.on(defaulted(loan, TODAY.minusMonths(13)));
        }
        // and a young default with nothing back yet, which does not count
        defaults.on(defaulted("young", TODAY.minusMonths(2)));

        LossGivenDefault lgd = defaults.lossGivenDefault(TODAY, ASSUMED);

        assertThat(lgd.measured()).isTrue();
        assertThat(lgd.loans()).isEqualTo(30);
        assertThat(lgd.rate()).isEqualByComparingTo("0.75");
    }

    @Test
    void givenFewerThanThirtySeasonedDefaults_whenMeasured_thenTheAssumptionStands() {
        for (int i = 0; i < 29; i++) {
            defaults.on(defaulted("l-" + i, TODAY.minusYears(2)));
        }

        LossGivenDefault lgd = defaults.lossGivenDefault(TODAY, ASSUMED);

        assertThat(lgd.measured()).isFalse();
        assertThat(lgd.rate()).isEqualByComparingTo("0.85");
        assertThat(lgd.loans()).isEqualTo(29);
    }

    private static LoanDefaulted defaulted(String loanId, LocalDate on) {
        return new LoanDefaulted(
                loanId, "90 days past due", 1_000_00, 40_00, 0, on, Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static LoanRepaymentReceived recovery(String loanId, int receiptNo, long amount) {
        return new LoanRepaymentReceived(
                loanId,
                "rec-" + receiptNo,
                receiptNo,
                "RECOVERY",
                amount,
                "GBP",
                0,
                0,
                amount,
                0,
                0,
                0,
                List.of(),
                List.of(),
                List.of(),
                TODAY,
                Instant.parse("2026-06-01T00:00:00Z"));
    }
}
