package io.peerlend.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStoresTest {

    @TempDir
    Path var;

    @Test
    void postgres_keeps_committed_rows_across_a_restart_and_runs_durably() throws Exception {
        // given a started server with a committed row
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(var.resolve("pg"), 25999, false);
                Connection c = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (v int)");
            s.execute("INSERT INTO t VALUES (42)");
            try (ResultSet rs = s.executeQuery("SHOW fsync")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("on");
            }
            try (ResultSet rs = s.executeQuery("SHOW synchronous_commit")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("on");
            }
        }
        // when it starts again on the same data directory
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(var.resolve("pg"), 25999, false);
                Connection c = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT v FROM t")) {
            // then the row is still there
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void mongo_wire_server_with_h2_keeps_documents_across_a_restart() {
        Path file = var.resolve("mongo/test.mv");
        try (EmbeddedMongoServer mongo = EmbeddedMongoServer.startPersistent(file, 0);
                MongoClient client = MongoClients.create(mongo.uri("t"))) {
            client.getDatabase("t").getCollection("c").insertOne(new Document("_id", "a").append("n", 1));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        try (EmbeddedMongoServer mongo = EmbeddedMongoServer.startPersistent(file, 0);
                MongoClient client = MongoClients.create(mongo.uri("t"))) {
            assertThat(client.getDatabase("t")
                            .getCollection("c")
                            .find(new Document("_id", "a"))
                            .first())
                    .containsEntry("n", 1);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
