package io.peerlend.platform.axon;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Where each segment of a processor stands in the shared token store, read without claiming anything (the token
 * store's own {@code fetchToken} claims the segment it reads). This is how an instance sees the lag of segments it
 * does not hold: held by an instance that has hung while keeping its claim, or by nobody because every instance
 * stopped the processor. Reads the documents Axon's {@code MongoTokenStore} writes (fields {@code processorName},
 * {@code segment}, {@code token}, {@code tokenType}); a token of {@code null} means the segment has handled nothing.
 */
public final class StoredTokens {

    private final MongoCollection<Document> tokens;
    private final Serializer serializer;

    public StoredTokens(MongoCollection<Document> tokens, Serializer serializer) {
        this.tokens = tokens;
        this.serializer = serializer;
    }

    /** Each segment of the processor and its stored token (null before it handled anything). */
    public Map<Integer, TrackingToken> of(String processor) {
        Map<Integer, TrackingToken> segments = new TreeMap<>();
        for (Document entry : tokens.find(Filters.eq("processorName", processor))) {
            segments.put(entry.getInteger("segment"), token(entry));
        }
        return segments;
    }

    private TrackingToken token(Document entry) {
        Object data = entry.get("token");
        String type = entry.getString("tokenType");
        if (data == null || type == null) {
            return null;
        }
        byte[] bytes = data instanceof Binary binary ? binary.getData() : (byte[]) data;
        return serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type, null));
    }
}
