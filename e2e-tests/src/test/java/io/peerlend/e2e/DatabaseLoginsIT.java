package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Each service works with its own database login and only the rights it needs: the event store is append-only to all
 * of them, and each service's key table is readable by that service alone. (The services are running on these
 * logins: the rest of the suite is their proof that the rights suffice.)
 */
class DatabaseLoginsIT extends EndToEndTest {

    @Test
    void a_service_login_appends_and_reads_events_but_cannot_rewrite_them_or_read_another_services_keys()
            throws Exception {
        try (Connection lending = login("lending");
                Statement sql = lending.createStatement()) {
            // it reads the event store
            try (var rs = sql.executeQuery("SELECT count(*) FROM domain_event_entry")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isPositive();
            }
            // but can neither change nor delete an event
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE domain_event_entry SET payload_type = 'x'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM domain_event_entry"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            // nor read KYC's customer keys
            assertThatThrownBy(() -> sql.executeQuery("SELECT * FROM kyc.data_keys"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            // its own keys it reads
            try (var rs = sql.executeQuery("SELECT count(*) FROM lending.data_keys")) {
                assertThat(rs.next()).isTrue();
            }
        }
        for (String other : new String[] {"scoring", "disclosure"}) {
            try (Connection connection = login(other);
                    Statement sql = connection.createStatement()) {
                for (String keys : new String[] {"kyc.data_keys", "lending.data_keys"}) {
                    assertThatThrownBy(() -> sql.executeQuery("SELECT * FROM " + keys))
                            .as(other + " " + keys)
                            .isInstanceOf(SQLException.class)
                            .hasMessageContaining("permission denied");
                }
                assertThatThrownBy(() -> sql.execute("CREATE TABLE sneaky (id int)"))
                        .as(other)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
        }
        try (Connection kyc = login("kyc");
                Statement sql = kyc.createStatement()) {
            assertThatThrownBy(() -> sql.executeQuery("SELECT * FROM lending.data_keys"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void the_web_clients_login_keeps_sessions_in_its_own_schema_and_reads_nothing_else() throws Exception {
        try (Connection web = login("web");
                Statement sql = web.createStatement()) {
            // its users' sessions (Spring Session's table, made by the web client on its first start)
            try (var rs = sql.executeQuery("SELECT count(*) FROM web.spring_session")) {
                assertThat(rs.next()).isTrue();
            }
            // and nothing of the event store or of anyone's keys
            for (String table : new String[] {"public.domain_event_entry", "kyc.data_keys", "lending.data_keys"}) {
                assertThatThrownBy(() -> sql.executeQuery("SELECT * FROM " + table))
                        .as(table)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
        }
    }

    @Test
    void the_gateways_login_keeps_rate_limits_in_its_own_schema_and_reads_nothing_else() throws Exception {
        try (Connection gateway = login("gateway");
                Statement sql = gateway.createStatement()) {
            // its callers' token buckets (made by the gateway on its first start, shared by its instances)
            try (var rs = sql.executeQuery("SELECT count(*) FROM gateway.rate_limit_buckets")) {
                assertThat(rs.next()).isTrue();
            }
            for (String table : new String[] {
                "public.domain_event_entry", "kyc.data_keys", "lending.data_keys", "web.spring_session"
            }) {
                assertThatThrownBy(() -> sql.executeQuery("SELECT * FROM " + table))
                        .as(table)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
        }
    }

    private static Connection login(String service) throws Exception {
        return DriverManager.getConnection(
                platform.postgresJdbcUrl(), "peerlend_" + service, platform.databasePassword(service));
    }
}
