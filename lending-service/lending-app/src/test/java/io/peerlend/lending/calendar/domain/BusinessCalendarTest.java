package io.peerlend.lending.calendar.domain;

import io.peerlend.calendar.api.BusinessDateAdvanced;
import io.peerlend.lending.api.commands.AdvanceBusinessDate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final LocalDate D1 = LocalDate.of(2026, 11, 26);
    private static final LocalDate D2 = LocalDate.of(2027, 3, 1);
    private AggregateTestFixture<BusinessCalendar> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(BusinessCalendar.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void givenNoDateYet_whenAdvanced_thenTheFirstDateIsSet() {
        fixture.givenNoPriorActivity()
                .when(new AdvanceBusinessDate(D1, "calendar"))
                .expectEvents(new BusinessDateAdvanced(null, D1, "calendar", NOW))
                .expectResultMessagePayload(D1);
    }

    @Test
    void givenADate_whenAdvancedFurther_thenItMovesOnFromThere() {
        fixture.given(new BusinessDateAdvanced(null, D1, "calendar", NOW))
                .when(new AdvanceBusinessDate(D2, "ops-1"))
                .expectEvents(new BusinessDateAdvanced(D1, D2, "ops-1", NOW));
    }

    @Test
    void givenADate_whenAskedForTheSameDateAgain_thenNothingHappens() {
        fixture.given(new BusinessDateAdvanced(null, D2, "calendar", NOW))
                .when(new AdvanceBusinessDate(D2, "calendar"))
                .expectNoEvents()
                .expectResultMessagePayload(D2);
    }

    @Test
    void givenADate_whenAskedToGoBack_thenRefused() {
        fixture.given(new BusinessDateAdvanced(null, D2, "calendar", NOW))
                .when(new AdvanceBusinessDate(D1, "ops-1"))
                .expectException(CalendarRuleBroken.class)
                .expectNoEvents();
    }
}
