package io.peerlend.lending;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * One aggregate's stored events, read once, for a process that needs what an earlier event of that aggregate said
 * (the application's submission when its loan is opened, say). The one place a process reads another aggregate's
 * stream: the event store is the authority, a read model might lag.
 */
public final class EventHistory {

    private final List<Object> payloads;

    private EventHistory(List<Object> payloads) {
        this.payloads = payloads;
    }

    public static EventHistory of(EventStore store, String aggregateId) {
        return new EventHistory(store.readEvents(aggregateId)
                .asStream()
                .map(DomainEventMessage::getPayload)
                .map(Object.class::cast)
                .toList());
    }

    /** The first event of the type, if there is one. */
    public <T> Optional<T> first(Class<T> type) {
        return all(type).findFirst();
    }

    /** The latest event of the type, if there is one. */
    public <T> Optional<T> last(Class<T> type) {
        return all(type).reduce((earlier, later) -> later);
    }

    /** Whether any event of these types happened. */
    public boolean contains(Class<?>... types) {
        return payloads.stream().anyMatch(p -> Stream.of(types).anyMatch(t -> t.isInstance(p)));
    }

    private <T> Stream<T> all(Class<T> type) {
        return payloads.stream().filter(type::isInstance).map(type::cast);
    }
}
