package io.peerlend.kyc.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerlend.kyc.api.DocumentType;
import io.peerlend.kyc.identity.domain.ElectronicIdentityVerification;
import io.peerlend.kyc.identity.domain.ElectronicIdentityVerification.Result;
import io.peerlend.kyc.identity.domain.ElectronicIdentityVerification.Subject;
import io.peerlend.kyc.identity.domain.IdentityServiceUnavailableException;
import io.peerlend.kyc.identity.sandbox.SandboxElectronicIdentity;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ElectronicIdentityTest {

    private static final LocalDate BORN = LocalDate.of(1990, 1, 15);

    private static Subject uk(String postcode) {
        return new Subject("Sam Patel", BORN, "1 Test Street", postcode, "GB", DocumentType.UK_NINO, "AB123456C");
    }

    private static Subject permit(String name, String number) {
        return new Subject(name, BORN, "1 Queen's Road", "", "HK", DocumentType.CN_TRAVEL_PERMIT_HK_MACAO, number);
    }

    @Test
    void givenTheSandboxsDocumentedAnswers_whenAsked_thenEachIsGiven() {
        SandboxElectronicIdentity sandbox = new SandboxElectronicIdentity();

        assertThat(sandbox.verify(uk("ev1 1aa")).result()).isEqualTo(Result.MATCH);
        assertThat(sandbox.verify(uk("SW1A 1AA")).result()).isEqualTo(Result.NO_MATCH);
        assertThat(sandbox.verify(permit("chan  tai man", "H 1234 5678")).result())
                .isEqualTo(Result.MATCH);
        assertThat(sandbox.verify(permit("Chan Siu Ming", "H12345678")).result())
                .isEqualTo(Result.NO_MATCH);
        assertThat(sandbox.verify(uk("EV1 1AA")).reference()).startsWith("sandbox-");
        assertThatThrownBy(() -> sandbox.verify(uk("EV9 9ZZ"))).isInstanceOf(IdentityServiceUnavailableException.class);
    }

    @Test
    void givenAServiceThatDoesNotAnswerInTime_whenVerifying_thenUnavailableQuickly() {
        CountDownLatch never = new CountDownLatch(1);
        ElectronicIdentityVerification hanging = new Hanging(never);
        ResilientElectronicIdentity resilient = new ResilientElectronicIdentity(hanging, Duration.ofMillis(200));

        assertThatThrownBy(() -> resilient.verify(uk("EV1 1AA")))
                .isInstanceOf(IdentityServiceUnavailableException.class)
                .hasMessageContaining("did not answer");
        never.countDown();
    }

    @Test
    void givenAServiceThatKeepsFailing_whenVerifying_thenTheBreakerOpensAndItIsNoLongerCalled() {
        AtomicInteger calls = new AtomicInteger();
        ElectronicIdentityVerification failing = new Failing(calls);
        ResilientElectronicIdentity resilient = new ResilientElectronicIdentity(failing, Duration.ofSeconds(1));

        for (int i = 0; i < 15; i++) {
            assertThatThrownBy(() -> resilient.verify(uk("EV1 1AA")))
                    .isInstanceOf(IdentityServiceUnavailableException.class);
        }

        assertThat(calls).hasValue(10);
    }

    private record Hanging(CountDownLatch latch) implements ElectronicIdentityVerification {
        @Override
        public String name() {
            return "hanging";
        }

        @Override
        public Outcome verify(Subject subject) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Outcome(Result.MATCH, "late");
        }
    }

    private record Failing(AtomicInteger calls) implements ElectronicIdentityVerification {
        @Override
        public String name() {
            return "failing";
        }

        @Override
        public Outcome verify(Subject subject) {
            calls.incrementAndGet();
            throw new IdentityServiceUnavailableException("down", null);
        }
    }
}
