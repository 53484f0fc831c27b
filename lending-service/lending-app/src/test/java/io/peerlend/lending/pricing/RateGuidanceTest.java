package io.peerlend.lending.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.peerlend.lending.api.LossGivenDefault;
import io.peerlend.lending.calendar.Today;
import io.peerlend.lending.pricing.domain.PricingPolicy;
import io.peerlend.lending.scoring.ScorecardGrades;
import io.peerlend.lending.scoring.ScoringUnavailableException;
import io.peerlend.platform.testing.MovableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RateGuidanceTest {

    static final PricingPolicy UK = new PricingPolicy(200, new BigDecimal("0.85"), 1000);

    /** The scoring service's model card, down when told. */
    static final class Scorecard implements ScorecardGrades {
        final AtomicBoolean down = new AtomicBoolean();
        final AtomicInteger asked = new AtomicInteger();
        String version = "german-credit-1";

        @Override
        public ModelGrades current() {
            asked.incrementAndGet();
            if (down.get()) {
                throw new ScoringUnavailableException("down", null);
            }
            return new ModelGrades(version, Map.of("B", new BigDecimal("0.204805")));
        }
    }

    private final MovableClock clock = new MovableClock(Instant.parse("2027-01-05T10:00:00Z"));
    private final Scorecard scorecard = new Scorecard();
    private final RateGuidance guidance = new RateGuidance(scorecard, defaults(), UK, today(), clock);

    private static DefaultedLoans defaults() {
        DefaultedLoans defaults = mock(DefaultedLoans.class);
        when(defaults.lossGivenDefault(any(), any()))
                .thenReturn(new LossGivenDefault(new BigDecimal("0.85"), false, 0));
        return defaults;
    }

    private static Today today() {
        Today today = mock(Today.class);
        when(today.date()).thenReturn(LocalDate.of(2027, 1, 5));
        return today;
    }

    @Test
    void givenScoringNeverAnswered_whenAsked_thenNoGuidance_andScoringIsNotAskedAgainAtEveryRequest() {
        scorecard.down.set(true);

        assertThat(guidance.current()).isEmpty();
        assertThat(guidance.current()).isEmpty();
        assertThat(scorecard.asked).hasValue(1);

        // when scoring is back and half a minute has passed
        scorecard.down.set(false);
        clock.advance(RateGuidance.ASK_AGAIN_AFTER);

        assertThat(guidance.current())
                .hasValueSatisfying(t -> assertThat(t.of("market:B:36")).isPresent());
    }

    @Test
    void givenAModelCardOnceRead_whenScoringIsDownLater_thenTheLastModelStaysInUse() {
        assertThat(guidance.current()).isPresent();
        scorecard.down.set(true);
        clock.advance(RateGuidance.MODEL_FOR.plus(Duration.ofSeconds(1)));

        assertThat(guidance.current())
                .hasValueSatisfying(t -> assertThat(t.modelVersion()).isEqualTo("german-credit-1"));
    }

    @Test
    void givenANewModelInUse_whenTheCachedCardIsOlderThanTenMinutes_thenTheNewModelsGradesPriceTheMarkets() {
        assertThat(guidance.current())
                .hasValueSatisfying(t -> assertThat(t.modelVersion()).isEqualTo("german-credit-1"));
        scorecard.version = "german-credit-2";

        clock.advance(Duration.ofMinutes(5));
        assertThat(guidance.current())
                .hasValueSatisfying(t -> assertThat(t.modelVersion()).isEqualTo("german-credit-1"));
        clock.advance(Duration.ofMinutes(6));
        assertThat(guidance.current())
                .hasValueSatisfying(t -> assertThat(t.modelVersion()).isEqualTo("german-credit-2"));
    }
}
