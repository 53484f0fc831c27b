package io.peerlend.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.peerlend.infra.testing.TestStores;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The rate limits as several gateway instances keep them together: each instance its own {@link SharedRateLimits} (its
 * own connection pool) on the same real PostgreSQL, as the launcher and a cluster run them.
 */
class SharedRateLimitsIT {

    private static final int LIMIT = 10;
    private final List<SharedRateLimits> instances = new ArrayList<>();

    private SharedRateLimits instance() {
        HikariDataSource store = new HikariDataSource();
        store.setJdbcUrl(TestStores.postgres().jdbcUrl());
        store.setUsername(TestStores.postgres().username());
        store.setMaximumPoolSize(4);
        SharedRateLimits limits = new SharedRateLimits(store, LIMIT);
        instances.add(limits);
        return limits;
    }

    @AfterEach
    void close() {
        instances.forEach(SharedRateLimits::close);
    }

    @Test
    void aCallerSpreadOverTwoGatewayInstancesGetsTheLimitOnceNotOncePerInstance() {
        // given two gateway instances
        SharedRateLimits one = instance();
        SharedRateLimits two = instance();
        String caller = "user:" + UUID.randomUUID();

        // when one caller's requests alternate between them, three times the limit at once
        int allowed = 0;
        for (int i = 0; i < 3 * LIMIT; i++) {
            if ((i % 2 == 0 ? one : two).tryAcquire(caller).block()) {
                allowed++;
            }
        }

        // then together they let through the limit (and what refilled in the moment it took), not once per instance
        assertThat(allowed).isBetween(LIMIT, 2 * LIMIT - 1);
        // and another caller has a limit of their own
        assertThat(one.tryAcquire("user:" + UUID.randomUUID()).block()).isTrue();
    }
}
