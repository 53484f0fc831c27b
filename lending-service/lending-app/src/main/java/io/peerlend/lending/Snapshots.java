package io.peerlend.lending;

import io.peerlend.lending.product.Snapshotted;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.Revision;

/**
 * Snapshots of the long-lived aggregates (markets, lender accounts, the provision fund), so an instance that has not
 * cached one loads its last snapshot and the events after it instead of its whole history. The snapshot is the
 * aggregate's own {@link Snapshotted#snapshot() state record}, not the aggregate object: stored as JSON like an event,
 * a contract that can be read back after the class changes, and applied through the aggregate's handler for that
 * record (Axon replays a snapshot whose payload is not the aggregate type like any first event).
 */
public final class Snapshots {

    /** Events between snapshots: loading any of these aggregates replays at most this many after its snapshot. */
    public static final int SNAPSHOT_EVERY = 100;

    private Snapshots() {}

    /** Stores the aggregate's state every {@code events} events it applies (counted from when it was loaded). */
    public static <A extends Snapshotted> AggregateConfigurer<A> every(
            int events, Class<A> type, AggregateConfigurer<A> aggregate) {
        return aggregate
                .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(snapshotter(c, type), events))
                .configureSnapshotFilter(c -> current(stateOf(type)));
    }

    /**
     * Only a snapshot of today's state record at its current {@link Revision} is used: when the record changes, its
     * revision goes up, older snapshots are passed over and the aggregate is replayed from its events (the next
     * snapshot is then of the new shape). A snapshot can never be read into a record it was not written from.
     */
    static SnapshotFilter current(Class<?> state) {
        Revision revision = state.getAnnotation(Revision.class);
        if (revision == null) {
            throw new IllegalStateException(state.getName() + " is stored as a snapshot and needs a @Revision");
        }
        return snapshot -> snapshot.getPayload().getType().getName().equals(state.getName())
                && revision.value().equals(snapshot.getPayload().getType().getRevision());
    }

    /** The record an aggregate's {@link Snapshotted#snapshot()} returns. */
    static Class<?> stateOf(Class<? extends Snapshotted> type) {
        try {
            return type.getMethod("snapshot").getReturnType();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    static <A> StateSnapshotter snapshotter(Configuration c, Class<A> type) {
        return (StateSnapshotter) new StateSnapshotter.Builder()
                // the aggregate as the configuration resolves its handlers' parameters (Spring beans in a service),
                // not as the class path alone would
                .aggregateFactories(new GenericAggregateFactory<>(AnnotatedAggregateMetaModelFactory.inspectAggregate(
                        type, c.parameterResolverFactory(), c.handlerDefinition(type))))
                .parameterResolverFactory(c.parameterResolverFactory())
                .handlerDefinition(c.handlerDefinition(type))
                .eventStore(c.eventStore())
                .transactionManager(c.getComponent(TransactionManager.class, NoTransactionManager::instance))
                .build();
    }

    /** Axon's snapshotter (it rebuilds the aggregate from the store), storing the aggregate's state record instead. */
    static final class StateSnapshotter extends AggregateSnapshotter {

        StateSnapshotter(Builder builder) {
            super(builder);
        }

        @Override
        protected DomainEventMessage<?> createSnapshot(
                Class<?> aggregateType, String aggregateIdentifier, DomainEventStream eventStream) {
            DomainEventMessage<?> whole = super.createSnapshot(aggregateType, aggregateIdentifier, eventStream);
            if (whole == null || !(whole.getPayload() instanceof Snapshotted aggregate)) {
                return whole;
            }
            return new GenericDomainEventMessage<>(
                    whole.getType(), aggregateIdentifier, whole.getSequenceNumber(), aggregate.snapshot());
        }

        static final class Builder extends AggregateSnapshotter.Builder {
            @Override
            public AggregateSnapshotter build() {
                return new StateSnapshotter(this);
            }
        }
    }
}
