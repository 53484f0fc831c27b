package io.peerlend.lending.suitability.domain;

import io.peerlend.lending.api.InvestorCategory;
import io.peerlend.lending.api.commands.AssessAppropriateness;
import io.peerlend.lending.api.commands.DeclareInvestorCategory;
import io.peerlend.lending.api.events.AppropriatenessAssessed;
import io.peerlend.lending.api.events.InvestorCategorised;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LenderSuitabilityTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final Map<String, String> RIGHT =
            Map.of("capital", "b", "fscs", "b", "liquidity", "b", "diversification", "a", "failure", "b");
    private AggregateTestFixture<LenderSuitability> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LenderSuitability.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(new LenderSuitability.CoolingPeriod(Duration.ofDays(1)));
    }

    @Test
    void givenAllAnswersRight_whenAssessed_thenPassed() {
        fixture.givenNoPriorActivity()
                .when(new AssessAppropriateness("l", RIGHT))
                .expectEvents(new AppropriatenessAssessed("l", true, List.of(), null, NOW));
    }

    @Test
    void givenAWrongAnswer_whenAssessed_thenFailedWithTheExplanationAndACoolingPeriod() {
        Map<String, String> answers = new HashMap<>(RIGHT);
        answers.put("fscs", "a");
        fixture.givenNoPriorActivity()
                .when(new AssessAppropriateness("l", answers))
                .expectEvents(new AppropriatenessAssessed(
                        "l",
                        false,
                        List.of("Peer-to-peer lending is not covered by the FSCS, unlike a bank savings account."),
                        NOW.plus(Duration.ofDays(1)),
                        NOW));
    }

    @Test
    void givenARecentFailure_whenTryingAgainTooSoon_thenRefused() {
        fixture.given(new AppropriatenessAssessed("l", false, List.of("x"), NOW.plusSeconds(60), NOW.minusSeconds(10)))
                .when(new AssessAppropriateness("l", RIGHT))
                .expectException(SuitabilityRuleBroken.class)
                .expectNoEvents();
    }

    @Test
    void givenTheCoolingPeriodOver_whenTryingAgain_thenAssessedAfresh() {
        fixture.given(new AppropriatenessAssessed(
                        "l", false, List.of("x"), NOW.minusSeconds(1), NOW.minusSeconds(90_000)))
                .when(new AssessAppropriateness("l", RIGHT))
                .expectEvents(new AppropriatenessAssessed("l", true, List.of(), null, NOW));
    }

    @Test
    void givenARestrictedInvestor_whenCategorised_thenTheLimitIsTenPercentOfNetInvestableAssets() {
        fixture.givenNoPriorActivity()
                .when(new DeclareInvestorCategory("l", InvestorCategory.RESTRICTED, 80_000_00))
                .expectEvents(new InvestorCategorised("l", InvestorCategory.RESTRICTED, 8_000_00, NOW));
        fixture.givenNoPriorActivity()
                .when(new DeclareInvestorCategory("l", InvestorCategory.RESTRICTED, 0))
                .expectException(SuitabilityRuleBroken.class);
        fixture.givenNoPriorActivity()
                .when(new DeclareInvestorCategory("l", InvestorCategory.SOPHISTICATED, 0))
                .expectEvents(new InvestorCategorised("l", InvestorCategory.SOPHISTICATED, -1, NOW));
    }
}
