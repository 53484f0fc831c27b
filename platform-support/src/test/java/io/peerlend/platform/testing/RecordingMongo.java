package io.peerlend.platform.testing;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.peerlend.infra.testing.TestStores;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A connection to the test read side (the development MongoDB wire server) that records the commands it sends, for
 * tests that count a read model's round trips: each command's name and the collection it names, in order.
 */
public final class RecordingMongo implements AutoCloseable {

    /** One command sent: {@code find}, {@code update} (a bulk write's updates are one), … and its collection. */
    public record Command(String name, String collection) {}

    private static final Set<String> WRITES = Set.of("insert", "update", "delete");

    private final List<Command> commands = new CopyOnWriteArrayList<>();
    private final MongoClient client;
    private final MongoTemplate template;

    /** Connected to a database of its own, named after {@code name}. */
    public RecordingMongo(String name) {
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(TestStores.mongo().uri(name)))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        String command = event.getCommandName();
                        var collection = event.getCommand().get(command);
                        commands.add(new Command(
                                command,
                                collection != null && collection.isString()
                                        ? collection.asString().getValue()
                                        : null));
                    }
                })
                .build());
        template = new MongoTemplate(client, name + "-" + UUID.randomUUID());
    }

    public MongoClient client() {
        return client;
    }

    public MongoTemplate template() {
        return template;
    }

    /** Every command sent since the last {@link #clear}. */
    public List<Command> commands() {
        return List.copyOf(commands);
    }

    /** The collections written to (insert, update, delete), one entry per command, in order. */
    public List<String> writes() {
        return commands.stream()
                .filter(c -> WRITES.contains(c.name()))
                .map(Command::collection)
                .toList();
    }

    /** The collections read ({@code find}), one entry per query, in order. */
    public List<String> reads() {
        return commands.stream()
                .filter(c -> c.name().equals("find"))
                .map(Command::collection)
                .toList();
    }

    public void clear() {
        commands.clear();
    }

    /** Starts a unit of work standing for an event processor's batch (commit or roll it back). */
    public static UnitOfWork<?> batch() {
        return DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("a batch"));
    }

    /** Drops the database and closes the connection. */
    @Override
    public void close() {
        template.getDb().drop();
        client.close();
    }
}
