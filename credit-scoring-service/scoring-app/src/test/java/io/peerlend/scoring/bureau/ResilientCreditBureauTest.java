package io.peerlend.scoring.bureau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerlend.scoring.api.BureauSubject;
import io.peerlend.scoring.bureau.domain.BureauReport;
import io.peerlend.scoring.bureau.domain.BureauUnavailableException;
import io.peerlend.scoring.bureau.domain.CreditBureau;
import io.peerlend.scoring.bureau.sandbox.SandboxCreditBureau;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResilientCreditBureauTest {

    private static BureauSubject subject(String postcode) {
        return new BureauSubject("c-1", "Test Person", LocalDate.of(1990, 1, 1), postcode);
    }

    @Test
    void the_sandbox_answers_its_documented_profiles_and_nothing_for_other_postcodes() {
        CreditBureau bureau = new ResilientCreditBureau(new SandboxCreditBureau(), Duration.ofSeconds(2));
        assertThat(bureau.lookup(subject("sb2 2bb"))).contains(SandboxCreditBureau.PROFILES.get("SB2 2BB"));
        assertThat(bureau.lookup(subject("EC1A 1BB"))).isEmpty();
        assertThatThrownBy(() -> bureau.lookup(subject(SandboxCreditBureau.UNAVAILABLE_POSTCODE)))
                .isInstanceOf(BureauUnavailableException.class);
    }

    @Test
    void a_bureau_slower_than_the_time_limit_counts_as_unavailable() {
        CreditBureau slow = new Delegate(() -> {
            Thread.sleep(5_000);
            return Optional.empty();
        });
        CreditBureau bureau = new ResilientCreditBureau(slow, Duration.ofMillis(100));
        assertThatThrownBy(() -> bureau.lookup(subject("X"))).isInstanceOf(BureauUnavailableException.class);
    }

    @Test
    void after_repeated_failures_the_circuit_opens_and_the_bureau_is_not_called() {
        AtomicInteger calls = new AtomicInteger();
        CreditBureau failing = new Delegate(() -> {
            calls.incrementAndGet();
            throw new IllegalStateException("agency error");
        });
        CreditBureau bureau = new ResilientCreditBureau(failing, Duration.ofSeconds(1));
        for (int i = 0; i < 15; i++) {
            assertThatThrownBy(() -> bureau.lookup(subject("X"))).isInstanceOf(BureauUnavailableException.class);
        }
        assertThat(calls.get())
                .as("calls reaching the agency once the breaker opened")
                .isEqualTo(10);
    }

    private record Delegate(Callable<Optional<BureauReport>> answer) implements CreditBureau {
        @Override
        public String name() {
            return "test";
        }

        @Override
        public Optional<BureauReport> lookup(BureauSubject subject) {
            try {
                return answer.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
