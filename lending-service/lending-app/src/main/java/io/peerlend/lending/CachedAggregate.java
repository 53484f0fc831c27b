package io.peerlend.lending;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.eventsourcing.AggregateCacheEntry;

/**
 * An event-sourced aggregate kept in memory between commands, so a command does not replay its history (a market
 * gains an event for every offer and match; a lender's account for every part it lends). With several instances of
 * the service, another instance's write makes a cached copy stale, so a copy is used only while the store holds
 * nothing newer: one indexed look-up of the aggregate's last sequence number per command (docs/architecture.md, "Many
 * instances", has the reasoning). A decision that changes nothing (may this payout go? which offers are open?)
 * therefore sees every write that came before it, wherever it was made; a write racing another one between that
 * look-up and its append is refused by the store's unique (aggregate, sequence) key (ConcurrencyException), Axon drops
 * the entry on rollback, and the step is retried — by its processor, or by the caller after a 409. Bounded by count
 * and idle time (Caffeine): Axon's weak-reference cache lost its entries at every young collection, so under load the
 * aggregates were replayed anyway.
 */
public final class CachedAggregate {

    private CachedAggregate() {}

    /** The field of Axon's cache entry that says which of the aggregate's events the cached copy has applied. */
    private static final VarHandle VERSION;

    static {
        try {
            VERSION = MethodHandles.privateLookupIn(AggregateCacheEntry.class, MethodHandles.lookup())
                    .findVarHandle(AggregateCacheEntry.class, "version", Long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public static <A> AggregateConfigurer<A> of(Class<A> type, int maximumSize) {
        return AggregateConfigurer.defaultConfiguration(type)
                .configureCache(
                        c -> new Bounded(maximumSize, id -> c.eventStore().lastSequenceNumberFor(id)));
    }

    /** The sequence number of the last event the cached copy applied (null: none yet). */
    static Long versionOf(AggregateCacheEntry<?> entry) {
        return (Long) VERSION.get(entry);
    }

    /** Axon's cache port over a Caffeine cache, telling registered listeners what happens to entries. */
    static final class Bounded implements Cache {

        private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();
        private final com.github.benmanes.caffeine.cache.Cache<Object, Object> entries;
        private final Function<String, Optional<Long>> lastInStore;

        Bounded(int maximumSize, Function<String, Optional<Long>> lastInStore) {
            this.lastInStore = lastInStore;
            entries = Caffeine.newBuilder()
                    .maximumSize(maximumSize)
                    .expireAfterAccess(Duration.ofMinutes(30))
                    .removalListener((Object key, Object value, RemovalCause cause) -> {
                        if (cause.wasEvicted()) {
                            listeners.forEach(l -> l.onEntryExpired(key));
                        }
                    })
                    .build();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <K, V> V get(K key) {
            Object value = entries.getIfPresent(key);
            if (value instanceof AggregateCacheEntry<?> entry && isBehindTheStore(key, entry)) {
                remove(key);
                return null;
            }
            if (value != null) {
                listeners.forEach(l -> l.onEntryRead(key, value));
            }
            return (V) value;
        }

        /** Another instance (or a write this one did not cache) appended to the aggregate since the copy was made. */
        private boolean isBehindTheStore(Object key, AggregateCacheEntry<?> entry) {
            Long cached = versionOf(entry);
            return lastInStore
                    .apply(key.toString())
                    .map(last -> cached == null || last > cached)
                    .orElse(false);
        }

        @Override
        public void put(Object key, Object value) {
            if (value == null) {
                remove(key);
                return;
            }
            boolean existed = entries.asMap().put(key, value) != null;
            listeners.forEach(l -> {
                if (existed) {
                    l.onEntryUpdated(key, value);
                } else {
                    l.onEntryCreated(key, value);
                }
            });
        }

        @Override
        public boolean putIfAbsent(Object key, Object value) {
            boolean added = entries.asMap().putIfAbsent(key, value) == null;
            if (added) {
                listeners.forEach(l -> l.onEntryCreated(key, value));
            }
            return added;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
            return (T) entries.get(key, k -> valueSupplier.get());
        }

        @Override
        public boolean remove(Object key) {
            boolean removed = entries.asMap().remove(key) != null;
            if (removed) {
                listeners.forEach(l -> l.onEntryRemoved(key));
            }
            return removed;
        }

        @Override
        public void removeAll() {
            entries.asMap().keySet().forEach(this::remove);
        }

        @Override
        public boolean containsKey(Object key) {
            return entries.asMap().containsKey(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
            entries.asMap().computeIfPresent(key, (k, v) -> update.apply((V) v));
        }

        @Override
        public Registration registerCacheEntryListener(EntryListener listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }
    }
}
