package io.peerlend.lending;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.AggregateConfigurer;

/**
 * An event-sourced aggregate kept in memory between commands, so a command does not replay its history (a market
 * gains an event for every offer and match; a lender's account for every part it lends). Another instance's write
 * makes a cached copy stale; the store's append check refuses it (ConcurrencyException), Axon drops the entry on
 * rollback, and the step is retried — by its processor, or by the caller after a 409 — so the cache is never wrong,
 * only sometimes cold. Bounded by count and idle time (Caffeine): Axon's weak-reference cache lost its entries at
 * every young collection, so under load the aggregates were replayed anyway.
 */
public final class CachedAggregate {

    private CachedAggregate() {
    }

    public static <A> AggregateConfigurer<A> of(Class<A> type, int maximumSize) {
        return AggregateConfigurer.defaultConfiguration(type).configureCache(c -> new Bounded(maximumSize));
    }

    /** Axon's cache port over a Caffeine cache. Entry listeners are not offered: repositories do not use them. */
    static final class Bounded implements Cache {

        private final com.github.benmanes.caffeine.cache.Cache<Object, Object> entries;

        Bounded(int maximumSize) {
            entries = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(Duration.ofMinutes(30))
                    .build();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <K, V> V get(K key) {
            return (V) entries.getIfPresent(key);
        }

        @Override
        public void put(Object key, Object value) {
            if (value == null) {
                entries.invalidate(key);
            } else {
                entries.put(key, value);
            }
        }

        @Override
        public boolean putIfAbsent(Object key, Object value) {
            return entries.asMap().putIfAbsent(key, value) == null;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
            return (T) entries.get(key, k -> valueSupplier.get());
        }

        @Override
        public boolean remove(Object key) {
            return entries.asMap().remove(key) != null;
        }

        @Override
        public void removeAll() {
            entries.invalidateAll();
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
            throw new UnsupportedOperationException("entry listeners are not supported by this cache");
        }
    }
}
