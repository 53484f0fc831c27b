package io.peerlend.infra;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.bwaldvogel.mongo.backend.KeyValue;
import java.nio.ByteBuffer;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the development read side's unique indexes: H2's own {@link ObjectDataType}, the same order and the
 * same bytes on disk, with each key's Java serialisation made once instead of at every comparison.
 *
 * <p>Why: mongo-java-server keys its H2 indexes by {@link KeyValue}, which is not {@code Comparable}, so H2 orders two
 * keys by Java-serialising both and comparing the bytes — again at every step of every binary search, for the key
 * looked up and for each key it passes. Under the lending load that was a third of the wire server's CPU
 * (docs/benchmarks.md). A key's bytes never change (a {@code KeyValue} is immutable, and a changed document gets a new
 * key), so they are kept per key object, from when it is first compared or read from a page, for as long as the key
 * is in memory. Files written before read the same: the format is untouched ({@code IndexKeyTypeTest}).
 */
final class IndexKeyType extends ObjectDataType {

    /** H2's tag for a Java-serialised value ({@code ObjectDataType.TYPE_SERIALIZED_OBJECT}), then length and bytes. */
    private static final byte SERIALIZED_OBJECT = 19;

    /**
     * Weak keys, compared by identity (two equal keys may still serialise differently: 1 and 1L). No bound of its own:
     * the keys alive are those of H2's pages in memory, which H2's page cache bounds, and a bound here would cost a
     * lock on every read. Maintenance (clearing collected keys) runs on the caller's thread.
     */
    private final Cache<KeyValue, byte[]> serialized =
            Caffeine.newBuilder().weakKeys().executor(Runnable::run).build();

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue x && b instanceof KeyValue y) {
            return a == b ? 0 : compareNotNull(bytes(x), bytes(y));
        }
        return super.compare(a, b);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (value instanceof KeyValue key) {
            byte[] bytes = bytes(key);
            buffer.put(SERIALIZED_OBJECT).putVarInt(bytes.length).put(bytes);
            return;
        }
        super.write(buffer, value);
    }

    /** A key read from a page keeps the bytes it was read from: no serialising it again to compare it. */
    @Override
    public Object read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != SERIALIZED_OBJECT) {
            return super.read(buffer);
        }
        buffer.get();
        byte[] bytes = new byte[DataUtils.readVarInt(buffer)];
        buffer.get(bytes);
        Object value = deserialize(bytes);
        if (value instanceof KeyValue key) {
            serialized.put(key, bytes);
        }
        return value;
    }

    private byte[] bytes(KeyValue key) {
        return serialized.get(key, ObjectDataType::serialize);
    }
}
