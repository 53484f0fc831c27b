package io.peerlend.platform.axon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads events stored under a class name that has since moved (a contract split into packages, say): the stored
 * payload is unchanged, only its type name is mapped to where the class lives now. Each contract module lists its
 * moves in {@value #RESOURCE} ({@code old.Name=new.Name}), so every service with that contract on its class path
 * reads the old events, and nothing in the event store is rewritten (docs/architecture.md, "Changing an event").
 */
public final class MovedEventTypes extends SingleEventUpcaster {

    public static final String RESOURCE = "META-INF/peerlend/moved-event-types.properties";

    private final Map<String, String> moves;

    public MovedEventTypes(Map<String, String> moves) {
        this.moves = Map.copyOf(moves);
    }

    /** Every move listed by the contract modules on this class loader's class path. */
    public static MovedEventTypes fromClassPath(ClassLoader classLoader) {
        Map<String, String> moves = new LinkedHashMap<>();
        try {
            for (URL url : Collections.list(classLoader.getResources(RESOURCE))) {
                Properties listed = new Properties();
                try (InputStream in = url.openStream()) {
                    listed.load(in);
                }
                listed.forEach((from, to) -> moves.put((String) from, (String) to));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new MovedEventTypes(moves);
    }

    /** Old type name to new. */
    public Map<String, String> moves() {
        return moves;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return moves.containsKey(representation.getType().getName());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(
                new SimpleSerializedType(
                        moves.get(representation.getType().getName()),
                        representation.getType().getRevision()),
                byte[].class,
                Function.identity());
    }
}
