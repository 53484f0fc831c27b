package io.peerlend.kyc.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wrapped data keys in PostgreSQL ({@code kyc.data_keys}). Safe across instances: creation is an insert that loses
 * quietly to a concurrent one, and erasure leaves a tombstone that no later insert can overwrite.
 */
class DataKeyStore {

    record Row(String customerId, byte[] wrappedKey, String masterKeyVersion, boolean erased) {
    }

    private final JdbcTemplate jdbc;

    DataKeyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The table lives in schema {@code kyc} with its own migration history (see {@code db/kyc}). */
    static DataKeyStore migrated(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).schemas("kyc").table("kyc_schema_history")
                .locations("classpath:db/kyc").load().migrate();
        return new DataKeyStore(new JdbcTemplate(dataSource));
    }

    Optional<Row> find(String customerId) {
        List<Row> rows = jdbc.query("SELECT customer_id, wrapped_key, master_key_version, erased_at FROM kyc.data_keys"
                + " WHERE customer_id = ?", (rs, i) -> new Row(rs.getString(1), rs.getBytes(2), rs.getString(3),
                rs.getTimestamp(4) != null), customerId);
        return rows.stream().findFirst();
    }

    void insertIfAbsent(String customerId, byte[] wrappedKey, String version, Instant now) {
        jdbc.update("INSERT INTO kyc.data_keys (customer_id, wrapped_key, master_key_version, created_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (customer_id) DO NOTHING", customerId, wrappedKey, version,
                Timestamp.from(now));
    }

    void erase(String customerId, Instant now) {
        int updated = jdbc.update("UPDATE kyc.data_keys SET wrapped_key = NULL, master_key_version = NULL,"
                + " erased_at = COALESCE(erased_at, ?) WHERE customer_id = ?", Timestamp.from(now), customerId);
        if (updated == 0) {
            jdbc.update("INSERT INTO kyc.data_keys (customer_id, created_at, erased_at) VALUES (?, ?, ?)"
                    + " ON CONFLICT (customer_id) DO NOTHING", customerId, Timestamp.from(now), Timestamp.from(now));
        }
    }

    List<Row> wrappedWithOtherThan(String version, int limit) {
        return jdbc.query("SELECT customer_id, wrapped_key, master_key_version FROM kyc.data_keys"
                + " WHERE erased_at IS NULL AND master_key_version <> ? LIMIT ?",
                (rs, i) -> new Row(rs.getString(1), rs.getBytes(2), rs.getString(3), false), version, limit);
    }

    /** Optimistic: only re-wraps a key still wrapped with the version that was read. */
    boolean rewrap(String customerId, String fromVersion, byte[] wrappedKey, String toVersion, Instant now) {
        return jdbc.update("UPDATE kyc.data_keys SET wrapped_key = ?, master_key_version = ?, rewrapped_at = ?"
                + " WHERE customer_id = ? AND master_key_version = ? AND erased_at IS NULL", wrappedKey, toVersion,
                Timestamp.from(now), customerId, fromVersion) == 1;
    }
}
