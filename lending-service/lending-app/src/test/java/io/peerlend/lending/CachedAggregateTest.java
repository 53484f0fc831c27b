package io.peerlend.lending;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

/** The bounded aggregate cache keeps entries and tells its listeners what happened to them. */
class CachedAggregateTest {

    @Test
    void givenAListener_whenEntriesArePutReadReplacedAndRemoved_thenItHearsEachOnceInOrder() {
        CachedAggregate.Bounded cache = new CachedAggregate.Bounded(10, id -> Optional.empty());
        List<String> heard = new ArrayList<>();
        Registration registration = cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                heard.add("created " + key + "=" + value);
            }

            @Override
            public void onEntryUpdated(Object key, Object value) {
                heard.add("updated " + key + "=" + value);
            }

            @Override
            public void onEntryRead(Object key, Object value) {
                heard.add("read " + key + "=" + value);
            }

            @Override
            public void onEntryRemoved(Object key) {
                heard.add("removed " + key);
            }
        });

        cache.put("market:B:36", "v1");
        assertThat((String) cache.get("market:B:36")).isEqualTo("v1");
        cache.put("market:B:36", "v2");
        assertThat(cache.putIfAbsent("market:B:36", "v3")).isFalse();
        assertThat(cache.remove("market:B:36")).isTrue();
        assertThat(cache.containsKey("market:B:36")).isFalse();
        assertThat((String) cache.get("market:B:36")).isNull();
        registration.cancel();
        cache.put("market:A:12", "v1");

        assertThat(heard)
                .containsExactly(
                        "created market:B:36=v1",
                        "read market:B:36=v1",
                        "updated market:B:36=v2",
                        "removed market:B:36");
    }
}
