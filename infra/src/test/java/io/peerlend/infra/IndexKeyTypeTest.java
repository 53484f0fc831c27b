package io.peerlend.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The development read side's index keys: H2's own order and bytes, each key serialised once. */
class IndexKeyTypeTest {

    private final IndexKeyType keys = new IndexKeyType();
    private final ObjectDataType h2 = new ObjectDataType();

    @TempDir
    Path var;

    @Test
    void keys_are_ordered_exactly_as_h2_orders_them() {
        // given keys of the kinds the read side indexes (strings, numbers of several types, compound keys, nulls)
        List<KeyValue> values = sampleKeys(400);
        // when every pair is compared, then the sign is H2's own, both ways round
        for (KeyValue a : values) {
            for (KeyValue b : values) {
                assertThat(Integer.signum(keys.compare(a, b)))
                        .as("%s vs %s", a, b)
                        .isEqualTo(Integer.signum(h2.compare(a, b)));
            }
        }
    }

    @Test
    void a_key_is_written_and_read_in_h2s_format() {
        for (KeyValue key : sampleKeys(50)) {
            // given a key written by the index key type and by H2's own
            WriteBuffer ours = new WriteBuffer();
            keys.write(ours, key);
            WriteBuffer theirs = new WriteBuffer();
            h2.write(theirs, key);
            // then the bytes are the same, and H2 reads ours back as the key
            assertThat(bytes(ours)).isEqualTo(bytes(theirs));
            assertThat(h2.read(ByteBuffer.wrap(bytes(ours)))).isEqualTo(key);
            // and the index key type reads H2's bytes back as the key, which then compares as H2 would
            Object read = keys.read(ByteBuffer.wrap(bytes(theirs)));
            assertThat(read).isEqualTo(key);
            assertThat(Integer.signum(keys.compare(read, new KeyValue("m"))))
                    .isEqualTo(Integer.signum(h2.compare(key, new KeyValue("m"))));
        }
    }

    @Test
    void a_value_other_than_a_key_is_read_as_h2_reads_it() {
        for (Object value : List.of(42L, "lender-7", 3.5)) {
            WriteBuffer written = new WriteBuffer();
            h2.write(written, value);
            assertThat(keys.read(ByteBuffer.wrap(bytes(written)))).isEqualTo(value);
        }
    }

    @Test
    void a_file_written_by_the_librarys_backend_and_ours_in_turn_keeps_its_unique_indexes() {
        Path file = var.resolve("indexes.mv");
        // given a file whose unique index the library's own H2 backend wrote
        withServer(file, false, c -> {
            c.createIndex(Indexes.ascending("k"), new IndexOptions().unique(true));
            for (int i = 0; i < 2_000; i++) {
                c.insertOne(new Document("_id", "d" + i).append("k", "key-" + i));
            }
        });
        // when the platform's server opens it, then every key is found through the index and stays unique
        withServer(file, true, c -> {
            assertFoundAndUnique(c, 2_000);
            for (int i = 2_000; i < 3_000; i++) {
                c.insertOne(new Document("_id", "d" + i).append("k", "key-" + i));
            }
        });
        // and the library's backend still reads what ours wrote
        withServer(file, false, c -> assertFoundAndUnique(c, 3_000));
    }

    private static void assertFoundAndUnique(MongoCollection<Document> c, int count) {
        for (int i = 0; i < count; i += 37) {
            assertThat(c.find(Filters.eq("k", "key-" + i)).first()).containsEntry("_id", "d" + i);
        }
        assertThat(c.countDocuments()).isEqualTo(count);
        assertThatThrownBy(() -> c.insertOne(new Document("_id", "other").append("k", "key-7")))
                .isInstanceOf(MongoWriteException.class)
                .hasMessageContaining("duplicate key");
    }

    private interface Work {
        void on(MongoCollection<Document> collection);
    }

    private static void withServer(Path file, boolean platforms, Work work) {
        try {
            EmbeddedMongoServer platform = platforms ? EmbeddedMongoServer.startPersistent(file, 0) : null;
            MVStore store = platforms ? null : MVStore.open(file.toString());
            MongoServer library = platforms ? null : new MongoServer(new H2Backend(store));
            String uri = platforms ? platform.uri("t") : "mongodb://" + address(library) + "/t";
            try (MongoClient client = MongoClients.create(uri)) {
                work.on(client.getDatabase("t").getCollection("c"));
            } finally {
                if (platforms) {
                    platform.close();
                } else {
                    library.shutdownNow();
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String address(MongoServer server) {
        server.bind("127.0.0.1", 0);
        return "127.0.0.1:" + server.getLocalAddress().getPort();
    }

    private static List<KeyValue> sampleKeys(int count) {
        Random random = new Random(7);
        List<KeyValue> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Object first = switch (i % 6) {
                case 0 -> "lender-" + random.nextInt(1_000);
                case 1 -> random.nextInt(2_000) - 1_000;
                case 2 -> random.nextLong();
                case 3 -> random.nextDouble();
                case 4 -> new BigDecimal(random.nextInt(100_000)).movePointLeft(2);
                default -> null;
            };
            out.add(i % 3 == 0 ? new KeyValue(first, "day-" + random.nextInt(30)) : new KeyValue(first));
        }
        return out;
    }

    private static byte[] bytes(WriteBuffer buffer) {
        ByteBuffer b = buffer.getBuffer();
        b.flip();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }
}
