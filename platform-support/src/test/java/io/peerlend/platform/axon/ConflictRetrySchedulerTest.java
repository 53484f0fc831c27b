package io.peerlend.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

/** The gateway sends a command again when, and only when, it lost a race for its aggregate. */
class ConflictRetrySchedulerTest {

    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private final CommandGateway gateway = DefaultCommandGateway.builder()
            .commandBus(bus)
            .retryScheduler(new ConflictRetryScheduler(3, 1))
            .build();
    private final AtomicInteger handled = new AtomicInteger();

    private void handlerFailing(int times, RuntimeException failure) {
        bus.subscribe(String.class.getName(), message -> {
            if (handled.incrementAndGet() <= times) {
                throw failure;
            }
            return "done";
        });
    }

    @Test
    void givenACommandThatLosesTwoRaces_whenSent_thenItIsSentAgainUntilItSucceeds() {
        handlerFailing(2, new ConcurrencyException("another writer appended sequence 7 first"));

        assertThat((String) gateway.sendAndWait(GenericCommandMessage.asCommandMessage("go")))
                .isEqualTo("done");
        assertThat(handled).hasValue(3);
    }

    @Test
    void givenACommandThatKeepsLosing_whenSent_thenTheCallerHearsOfTheConflictAfterThreeRetries() {
        handlerFailing(100, new ConcurrencyException("another writer appended first"));

        assertThatThrownBy(() -> gateway.sendAndWait(GenericCommandMessage.asCommandMessage("go")))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(handled).hasValue(4);
    }

    @Test
    void givenACommandRefusedByARule_whenSent_thenItIsNotSentAgain() {
        handlerFailing(100, new IllegalArgumentException("more than the available balance"));

        assertThatThrownBy(() -> gateway.sendAndWait(GenericCommandMessage.asCommandMessage("go")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(handled).hasValue(1);
    }
}
