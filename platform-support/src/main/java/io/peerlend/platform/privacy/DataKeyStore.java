package io.peerlend.platform.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wrapped data keys in PostgreSQL, in the owning service's own schema ({@code <schema>.data_keys}). Safe across
 * instances: creation is an insert that loses quietly to a concurrent one, and erasure leaves a tombstone that no later
 * insert can overwrite.
 */
class DataKeyStore {

    record Row(String customerId, byte[] wrappedKey, String masterKeyVersion, boolean erased) {}

    private final JdbcTemplate jdbc;
    private final String table;

    DataKeyStore(JdbcTemplate jdbc, String schema) {
        if (!schema.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a schema name: " + schema);
        }
        this.jdbc = jdbc;
        this.table = schema + ".data_keys";
    }

    /**
     * The table lives in the service's schema with its own migration history ({@code <schema>_schema_history}),
     * apart from the shared event store's, from the migrations at {@code classpath:db/<schema>}.
     */
    static DataKeyStore migrated(DataSource dataSource, String schema) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .table(schema + "_schema_history")
                .locations("classpath:db/" + schema)
                .load()
                .migrate();
        return new DataKeyStore(new JdbcTemplate(dataSource), schema);
    }

    Optional<Row> find(String customerId) {
        List<Row> rows = jdbc.query(
                "SELECT customer_id, wrapped_key, master_key_version, erased_at FROM " + table + ""
                        + " WHERE customer_id = ?",
                (rs, i) -> new Row(rs.getString(1), rs.getBytes(2), rs.getString(3), rs.getTimestamp(4) != null),
                customerId);
        return rows.stream().findFirst();
    }

    void insertIfAbsent(String customerId, byte[] wrappedKey, String version, Instant now) {
        jdbc.update(
                "INSERT INTO " + table + " (customer_id, wrapped_key, master_key_version, created_at)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT (customer_id) DO NOTHING",
                customerId,
                wrappedKey,
                version,
                Timestamp.from(now));
    }

    void erase(String customerId, Instant now) {
        int updated = jdbc.update(
                "UPDATE " + table + " SET wrapped_key = NULL, master_key_version = NULL,"
                        + " erased_at = COALESCE(erased_at, ?) WHERE customer_id = ?",
                Timestamp.from(now),
                customerId);
        if (updated == 0) {
            jdbc.update(
                    "INSERT INTO " + table + " (customer_id, created_at, erased_at) VALUES (?, ?, ?)"
                            + " ON CONFLICT (customer_id) DO NOTHING",
                    customerId,
                    Timestamp.from(now),
                    Timestamp.from(now));
        }
    }

    List<Row> wrappedWithOtherThan(String version, int limit) {
        return jdbc.query(
                "SELECT customer_id, wrapped_key, master_key_version FROM " + table + ""
                        + " WHERE erased_at IS NULL AND master_key_version <> ? LIMIT ?",
                (rs, i) -> new Row(rs.getString(1), rs.getBytes(2), rs.getString(3), false),
                version,
                limit);
    }

    /** Optimistic: only re-wraps a key still wrapped with the version that was read. */
    boolean rewrap(String customerId, String fromVersion, byte[] wrappedKey, String toVersion, Instant now) {
        return jdbc.update(
                        "UPDATE " + table + " SET wrapped_key = ?, master_key_version = ?, rewrapped_at = ?"
                                + " WHERE customer_id = ? AND master_key_version = ? AND erased_at IS NULL",
                        wrappedKey,
                        toVersion,
                        Timestamp.from(now),
                        customerId,
                        fromVersion)
                == 1;
    }
}
