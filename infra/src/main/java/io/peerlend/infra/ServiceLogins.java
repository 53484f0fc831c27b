package io.peerlend.infra;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The services' own database logins with only the rights they need, as production has them (the event store's
 * migration grants the shared tables to their group role; infra/postgres/service-logins.sql is the production script);
 * made once, their passwords per installation.
 */
final class ServiceLogins {

    /** The services that keep data in PostgreSQL, each with a login of its own. */
    static final List<String> DATABASE_SERVICES = List.of("lending", "scoring", "kyc", "disclosure");

    /** The parts at the edge that keep only their own state here (sessions, rate limits), each in its own schema. */
    static final List<String> EDGE_PARTS = List.of("web", "gateway");

    /** A login's password in this installation. */
    interface Passwords {
        String of(String service) throws IOException;
    }

    private ServiceLogins() {}

    static void create(EmbeddedPostgresServer postgres, Passwords passwords) throws IOException {
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), "");
                Statement sql = db.createStatement()) {
            try (ResultSet exists = sql.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = 'peerlend_services'")) {
                if (!exists.next()) {
                    sql.execute("CREATE ROLE peerlend_services NOLOGIN");
                }
            }
            for (String service : DATABASE_SERVICES) {
                String login = "peerlend_" + service;
                String password = passwords.of(service).replace("'", "''");
                try (ResultSet exists = sql.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + login + "'")) {
                    sql.execute(
                            exists.next()
                                    ? "ALTER ROLE " + login + " LOGIN PASSWORD '" + password + "'"
                                    : "CREATE ROLE " + login + " LOGIN PASSWORD '" + password
                                            + "' IN ROLE peerlend_services");
                }
            }
            sql.execute("GRANT CREATE ON DATABASE " + EmbeddedPostgresServer.DATABASE
                    + " TO peerlend_kyc, peerlend_lending");
            // the web client keeps only its users' sessions here, the gateway only its rate limits, each in a schema
            // of its own, with no part in the event store (not members of peerlend_services)
            for (String part : EDGE_PARTS) {
                String login = "peerlend_" + part;
                String password = passwords.of(part).replace("'", "''");
                try (ResultSet exists = sql.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + login + "'")) {
                    sql.execute(
                            exists.next()
                                    ? "ALTER ROLE " + login + " LOGIN PASSWORD '" + password + "'"
                                    : "CREATE ROLE " + login + " LOGIN PASSWORD '" + password + "'");
                }
                sql.execute("CREATE SCHEMA IF NOT EXISTS " + part + " AUTHORIZATION " + login);
                sql.execute("ALTER ROLE " + login + " SET search_path = " + part);
            }
            // a key schema made before the services had logins of their own (an older persistent platform) passes
            // to its service
            for (String service : List.of("kyc", "lending")) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = sql.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = '" + service
                        + "' AND tableowner <> 'peerlend_" + service + "'")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                if (!tables.isEmpty()) {
                    sql.execute("ALTER SCHEMA " + service + " OWNER TO peerlend_" + service);
                    for (String table : tables) {
                        sql.execute("ALTER TABLE " + service + "." + table + " OWNER TO peerlend_" + service);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("could not create the services' database logins", e);
        }
    }
}
