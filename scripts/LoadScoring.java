import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load run of POST /api/scoring/scores through the gateway, on loopback only.
 * Usage: java scripts/LoadScoring.java [gatewayUrl] [keycloakUrl] [seconds] [concurrency] [read]
 * With "read" last, each request is instead a plain authenticated GET of the current model (no body, no write): the
 * difference between the two runs is what a score adds to the path (docs/benchmarks.md).
 * Start the platform with a rate limit above the load first: PEERLEND_RATE_LIMIT=100000 ./peerlend.sh
 */
public class LoadScoring {

    public static void main(String[] args) throws Exception {
        String gateway = args.length > 0 ? args[0] : "http://localhost:8080";
        String keycloak = args.length > 1 ? args[1] : "http://localhost:8180";
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        boolean read = args.length > 4 && args[4].equals("read");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        String form = "client_id=peerlend-dev-cli&grant_type=password&username=ops1&password=ops1";
        String tokenJson = http.send(HttpRequest.newBuilder(URI.create(keycloak
                        + "/realms/peerlend/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).body();
        String token = tokenJson.replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");

        String[] ages = {"22", "31", "44", "58"};
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ConcurrentHashMap<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        List<List<Long>> latencies = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(concurrency);
        long started = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            List<Long> mine = new ArrayList<>();
            latencies.add(mine);
            int worker = w;
            new Thread(() -> {
                int i = 0;
                while (System.nanoTime() < end) {
                    String body = """
                            {"applicationId": "load-%d-%d", "amount": "5000.00",
                             "applicant": {"currentAccount": "LOW", "termMonths": 24, "creditHistory": "EXISTING_REPAID_ON_TIME",
                               "purpose": "CAR", "savings": "LOW", "employmentStatus": "EMPLOYED", "employmentYears": 3,
                               "property": "CAR_OR_OTHER", "age": %s, "otherInstalmentPlans": "NONE", "housing": "RENT",
                               "existingCredits": 1},
                             "finances": {"monthlyNetIncome": "2800.00", "monthlyOutgoings": "1200.00",
                               "monthlyDebtPayments": "100.00"},
                             "purpose": "load benchmark (scripts/LoadScoring.java)"}""".formatted(worker, i, ages[i % ages.length]);
                    long t0 = System.nanoTime();
                    try {
                        HttpRequest request = read
                                ? HttpRequest.newBuilder(URI.create(gateway + "/api/scoring/models/current"))
                                        .header("Authorization", "Bearer " + token).GET().build()
                                : HttpRequest.newBuilder(URI.create(gateway + "/api/scoring/scores"))
                                        .header("Authorization", "Bearer " + token)
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                        HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
                        statuses.computeIfAbsent(r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                        (r.statusCode() == 200 ? ok : failed).incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    mine.add(System.nanoTime() - t0);
                    i++;
                }
                done.countDown();
            }).start();
        }
        done.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        List<Long> all = new ArrayList<>();
        latencies.forEach(all::addAll);
        Collections.sort(all);
        System.out.printf("%d s, %d workers: %d ok, %d failed %s; %.0f " + (read ? "reads" : "scores") + "/s; latency p50 %.1f ms, p99 %.1f ms%n",
                seconds, concurrency, ok.get(), failed.get(), statuses, ok.get() / elapsed,
                all.get(all.size() / 2) / 1e6, all.get((int) (all.size() * 0.99)) / 1e6);
    }
}
