package io.peerlend.lending.provisionfund.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.lending.api.commands.ProvisionFundMovement;
import io.peerlend.lending.api.commands.ProvisionFundMovement.Kind;
import io.peerlend.lending.api.events.ProvisionFundMoved;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProvisionFundTest {

    private static final Instant NOW = Instant.parse("2027-01-15T10:00:00Z");
    private static final ProvisionFundMoved FED =
            new ProvisionFundMoved("GBP", "L1", "contribution:L1", Kind.CONTRIBUTE, 300_00, 300_00, 300_00, NOW);

    private AggregateTestFixture<ProvisionFund> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProvisionFund.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void givenAnEmptyFund_whenALoansFeeIsEarned_thenItHoldsTheContribution() {
        fixture.givenNoPriorActivity()
                .when(new ProvisionFundMovement("GBP", "L1", "contribution:L1", Kind.CONTRIBUTE, 300_00))
                .expectEvents(FED)
                .expectResultMessagePayload(300_00L);
    }

    @Test
    void givenAFundSmallerThanTheLoss_whenALoanDefaults_thenItPaysWhatItHoldsAndNoMore() {
        fixture.given(FED)
                .when(new ProvisionFundMovement("GBP", "L2", "cover:L2", Kind.DRAW, 500_00))
                .expectEvents(new ProvisionFundMoved("GBP", "L2", "cover:L2", Kind.DRAW, 300_00, 500_00, 0, NOW))
                .expectResultMessagePayload(300_00L)
                .expectState(fund -> assertThat(fund.balance()).isZero());
    }

    @Test
    void givenADrawAlreadyMade_whenTheStepIsRetried_thenTheFirstAnswerAndNoSecondDraw() {
        fixture.given(FED, new ProvisionFundMoved("GBP", "L2", "cover:L2", Kind.DRAW, 100_00, 100_00, 200_00, NOW))
                .when(new ProvisionFundMovement("GBP", "L2", "cover:L2", Kind.DRAW, 100_00))
                .expectNoEvents()
                .expectResultMessagePayload(100_00L);
    }

    @Test
    void givenACoveredLoan_whenMoneyIsRecovered_thenTheFundIsReimbursed() {
        fixture.given(FED)
                .when(new ProvisionFundMovement("GBP", "L2", "recovery:rec-1", Kind.REIMBURSE, 50_00))
                .expectEvents(new ProvisionFundMoved(
                        "GBP", "L2", "recovery:rec-1", Kind.REIMBURSE, 50_00, 50_00, 350_00, NOW));
    }
}
