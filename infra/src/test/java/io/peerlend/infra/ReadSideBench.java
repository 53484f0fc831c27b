package io.peerlend.infra;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The development read side (the MongoDB wire server on its H2 file) under the round trips one loan part makes on the
 * platform (docs/benchmarks.md, "Where a request's time goes": token writes, the day's cash movement, the lender's
 * account read and save, a statement line, a ledger entry, an index position, AML's per-lender read and update, the
 * portfolio's part), so the server's settings can be compared on their own, without the platform's run-to-run spread.
 * Not part of the suite: {@code ./mvnw -o -pl infra test -Dtest=ReadSideBench -Dbench.parts=20000}.
 */
class ReadSideBench {

    private static final int PARTS = Integer.getInteger("bench.parts", 20_000);
    private static final int WORKERS = 8;
    private static final String FILLER = "x".repeat(120);

    @Test
    void roundTripsOfLoanParts() throws Exception {
        Path file = Files.createTempDirectory("read-side-bench").resolve("bench.mv");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.startPersistent(file, 0);
                MongoClient client = MongoClients.create(server.uri("bench"))) {
            MongoDatabase db = client.getDatabase("bench");
            run(db, PARTS / 4); // warm-up: JIT, and documents of some size
            long cpu = processCpu();
            long start = System.nanoTime();
            run(db, PARTS);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpu() - cpu) / 1e9;
            System.out.printf(
                    "READ SIDE: %d parts (%d round trips each) in %.1f s: %.0f parts/s, %.2f ms CPU a part (server"
                            + " and client), file %d MB%n",
                    PARTS, ROUND_TRIPS, seconds, PARTS / seconds, cpuSeconds * 1000 / PARTS, Files.size(file) >> 20);
        }
    }

    private static final int ROUND_TRIPS = 11;

    private static void run(MongoDatabase db, int parts) throws Exception {
        MongoCollection<Document> tokens = db.getCollection("trackingtokens");
        MongoCollection<Document> days = db.getCollection("days");
        MongoCollection<Document> accounts = db.getCollection("accounts");
        MongoCollection<Document> lines = db.getCollection("statement_lines");
        MongoCollection<Document> ledger = db.getCollection("ledger");
        MongoCollection<Document> positions = db.getCollection("positions");
        MongoCollection<Document> monitoring = db.getCollection("monitoring");
        MongoCollection<Document> portfolio = db.getCollection("portfolio");
        AtomicInteger next = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        List<Future<?>> done = new ArrayList<>();
        UpdateOptions upsert = new UpdateOptions().upsert(true);
        for (int w = 0; w < WORKERS; w++) {
            done.add(workers.submit(() -> {
                for (int part = next.getAndIncrement(); part < parts; part = next.getAndIncrement()) {
                    String lender = "lender-" + part % 100;
                    String id = UUID.randomUUID().toString();
                    // two processors' tokens
                    for (int t = 0; t < 2; t++) {
                        tokens.updateOne(
                                eq("_id", "processor-" + (part * 2 + t) % 30),
                                Updates.combine(Updates.set("token", FILLER + part), Updates.set("timestamp", part)),
                                upsert);
                    }
                    // the day's cash movement, one of 32 documents, kept to its last 300 movements
                    days.updateOne(
                            eq("_id", "day-" + part % 32),
                            Updates.pushEach(
                                    "movements",
                                    List.of(new Document("id", id)
                                            .append("amount", part)
                                            .append("note", FILLER)),
                                    new PushOptions().slice(-300)),
                            upsert);
                    // the lender's account: read, then saved with its last 250 movement keys
                    Document account = accounts.find(eq("_id", lender)).first();
                    long balance = account == null ? 0 : account.getLong("balance");
                    accounts.updateOne(
                            eq("_id", lender),
                            Updates.combine(
                                    Updates.set("balance", balance + 2500),
                                    Updates.pushEach("keys", List.of(id), new PushOptions().slice(-250))),
                            upsert);
                    lines.insertOne(
                            new Document("_id", id).append("lender", lender).append("note", FILLER));
                    ledger.updateOne(eq("_id", id), Updates.set("amount", part), upsert);
                    positions.findOneAndUpdate(
                            eq("_id", lender),
                            Updates.inc("count", 1),
                            new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
                    Document monitored = monitoring.find(eq("_id", lender)).first();
                    monitoring.updateOne(
                            eq("_id", lender),
                            Updates.combine(
                                    Updates.set("seen", monitored == null ? 1 : monitored.getInteger("seen", 0) + 1),
                                    Updates.pushEach(
                                            "movements",
                                            List.of(new Document("id", id).append("amount", part)),
                                            new PushOptions().slice(-120))),
                            upsert);
                    portfolio.insertOne(
                            new Document("_id", id).append("lender", lender).append("amount", 2500));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        workers.shutdown();
    }

    private static long processCpu() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
