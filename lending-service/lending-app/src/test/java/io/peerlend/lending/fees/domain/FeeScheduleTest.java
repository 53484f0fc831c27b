package io.peerlend.lending.fees.domain;

import io.peerlend.lending.api.commands.PublishFeeSchedule;
import io.peerlend.lending.api.events.FeeSchedulePublished;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeeScheduleTest {

    static final Instant NOW = Instant.parse("2027-01-15T10:00:00Z");
    static final PublishFeeSchedule UK =
            new PublishFeeSchedule("GBP", Map.of("A", 150, "B", 200), Map.of("A", 75, "B", 100), 1000, 12_00, 14);

    AggregateTestFixture<FeeSchedule> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FeeSchedule.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void givenNothingPublished_whenThePublisherStarts_thenTheProfilesFeesArePublished() {
        fixture.givenNoPriorActivity().when(UK).expectEvents(published(UK)).expectResultMessagePayload(true);
    }

    @Test
    void givenTheSameFeesPublished_whenAnotherInstanceStarts_thenNothingIsPublishedAgain() {
        fixture.given(published(UK)).when(UK).expectNoEvents().expectResultMessagePayload(false);
    }

    @Test
    void givenOlderFees_whenTheProfileRaisesTheLateFee_thenTheNewScheduleIsPublished() {
        PublishFeeSchedule raised =
                new PublishFeeSchedule("GBP", UK.originationBpsByGrade(), UK.provisionBpsByGrade(), 1000, 15_00, 14);
        fixture.given(published(UK)).when(raised).expectEvents(published(raised));
    }

    @Test
    void givenFeesPublishedBeforePricingAssumptions_whenTheyAreAdded_thenTheScheduleIsPublishedWithThem() {
        PublishFeeSchedule withPricing = new PublishFeeSchedule(
                "GBP",
                UK.originationBpsByGrade(),
                UK.provisionBpsByGrade(),
                1000,
                12_00,
                14,
                200,
                new BigDecimal("0.85"),
                100);

        fixture.given(published(UK)).when(withPricing).expectEvents(published(withPricing));
        fixture.given(published(withPricing)).when(withPricing).expectNoEvents();
    }

    private static FeeSchedulePublished published(PublishFeeSchedule c) {
        return new FeeSchedulePublished(
                c.currency(),
                c.originationBpsByGrade(),
                c.provisionBpsByGrade(),
                c.servicingFeeBps(),
                c.lateFeeMinor(),
                c.lateFeeAfterDays(),
                NOW,
                c.guidanceMarginBps(),
                c.assumedLossGivenDefault(),
                c.saleFeeBps());
    }
}
