package io.peerlend.infra.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * A test JVM's application contexts close in their own shutdown hooks, at the same time as the test stores' hooks; a
 * context still writing to the read side then must find the wire server answering, or its MongoDB client waits out the
 * driver's 30 s server selection and the JVM takes that long to exit (Surefire stopped the disclosure module's unit-test
 * JVM that way).
 */
class TestStoresAtExitTest {

    /** A test JVM: the shared wire server, and a context that writes its last state while the JVM exits. */
    public static final class ExitingTestJvm {
        public static void main(String[] args) {
            String uri = TestStores.mongo().uri("exit");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    Thread.sleep(500); // the context's own shutdown work before its last write
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                MongoClientSettings settings = MongoClientSettings.builder()
                        .applyConnectionString(new ConnectionString(uri))
                        .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(3, TimeUnit.SECONDS))
                        .build();
                try (MongoClient client = MongoClients.create(settings)) {
                    client.getDatabase("exit").getCollection("last").insertOne(new Document("_id", "state"));
                    System.out.println("written at exit");
                } catch (RuntimeException e) {
                    System.out.println("not written at exit: " + e.getClass().getSimpleName());
                }
            }));
            // as Surefire's forked booter ends a test JVM
            System.exit(0);
        }
    }

    @Test
    void givenAContextWritingWhileTheTestJvmExits_thenTheWireServerStillAnswersIt()
            throws IOException, InterruptedException {
        // given a test JVM using the shared wire server
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process jvm = new ProcessBuilder(List.of(
                        java.toString(), "-cp", System.getProperty("java.class.path"), ExitingTestJvm.class.getName()))
                .redirectErrorStream(true)
                .start();

        // when it exits while a context still writes its last state
        assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        // then the write reached the server
        assertThat(output).contains("written at exit").doesNotContain("not written");
    }
}
