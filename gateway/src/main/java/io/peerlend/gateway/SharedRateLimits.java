package io.peerlend.gateway;

import com.zaxxer.hikari.HikariDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLadvisoryLockBasedProxyManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Limits shared by every gateway instance: one token bucket per caller in PostgreSQL (Bucket4j's PostgreSQL proxy
 * manager, each bucket changed under a transaction-scoped advisory lock), in the gateway's own schema under its own
 * login, with no part in the event store. A caller gets the limit across all instances together, wherever the
 * balancer sends each request. Buckets untouched for long enough to be full again expire and are removed.
 */
final class SharedRateLimits implements RateLimits, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SharedRateLimits.class);
    static final String TABLE = "rate_limit_buckets";

    private final HikariDataSource store;
    private final ProxyManager<String> buckets;
    private final BucketConfiguration perCaller;

    SharedRateLimits(HikariDataSource store, int requestsPerSecond) {
        this.store = store;
        createTable(store);
        this.buckets = Bucket4jPostgreSQL.advisoryLockBasedBuilder(store)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
        this.perCaller = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(requestsPerSecond)
                        .refillGreedy(requestsPerSecond, Duration.ofSeconds(1))
                        .build())
                .build();
    }

    /** The table Bucket4j keeps its buckets in (the gateway owns its schema; nothing else uses the table). */
    private static void createTable(DataSource store) {
        try (Connection c = store.getConnection();
                Statement sql = c.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS " + TABLE
                    + " (id VARCHAR(300) PRIMARY KEY, state BYTEA, expires_at BIGINT, explicit_lock BIGINT)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the shared rate limits' table", e);
        }
    }

    @Override
    public Mono<Boolean> tryAcquire(String caller) {
        // a blocking JDBC round trip: off the event loop
        return Mono.fromCallable(
                        () -> buckets.builder().build(caller, () -> perCaller).tryConsume(1))
                .subscribeOn(Schedulers.boundedElastic());
    }

    /** Removes buckets that have been full again for a while (every instance does, a batch a minute). */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void removeExpired() {
        int removed = ((PostgreSQLadvisoryLockBasedProxyManager<String>) buckets).removeExpired(1_000);
        if (removed > 0) {
            log.debug("removed {} expired rate-limit buckets", removed);
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
