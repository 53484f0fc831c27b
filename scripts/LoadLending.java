import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole lending path through the gateway, on loopback only: {@code lenders} new lenders (Keycloak users, KYC,
 * deposit, appropriateness, category) each offer 2,500.00 at 5.00% in the borrower's market; then {@code workers}
 * threads take a verified borrower's applications of 2,500.00 over 12 months through scoring, quote, acceptance and
 * funding — each loan 100 parts of 25.00 (1% of an offer) when there are 100 lenders. Reports loans and parts funded per
 * second and the latency of every request.
 * Usage: java scripts/LoadLending.java [gatewayUrl] [keycloakUrl] [lenders] [loans] [workers] [offer]
 * ({@code offer}: what each lender deposits and offers, 2500.00 by default; one lender offering 2600000.00 funds each
 * loan alone, in one part, so a portfolio of {@code loans} loans is built for the page benchmark, docs/benchmarks.md)
 * Start the platform with the per-user rate limit and the borrowing cap lifted first:
 * PEERLEND_RATE_LIMIT=100000 PEERLEND_BORROWING_CAP=100000000 ./peerlend.sh
 */
public class LoadLending {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final List<Long> LATENCIES = Collections.synchronizedList(new ArrayList<>());
    static String gateway;
    static String offer;
    static String keycloak;

    public static void main(String[] args) throws Exception {
        gateway = args.length > 0 ? args[0] : "http://localhost:8080";
        keycloak = args.length > 1 ? args[1] : "http://localhost:8180";
        int lenders = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int loans = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        int workers = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        offer = args.length > 5 ? args[5] : "2500.00";
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();

        // a verified borrower, and the grade the scorecard gives their applications
        String borrowerName = "load-b-" + run.toLowerCase();
        createUser(borrowerName, "borrower");
        String firstToken = token(borrowerName);
        String borrower = firstToken;
        check(post("/api/kyc/onboarding", borrower, onboarding("BORROWER", "Maren", "Lindqvist", "B" + run + "0")), 201);
        String firstApplication = apply(borrower);
        // quoted at once when the market already has offers (from an earlier run)
        String grade = field(await(borrower, firstApplication, "SCORED|QUOTED"), "grade");
        System.out.println("borrower verified; applications are graded " + grade);

        String[] given = {"Astrid", "Bodil", "Cecilie", "Dagny", "Ebba", "Frida", "Greta", "Hedda", "Ingrid", "Jorunn"};
        // every combination screens CLEAR (a lender referred for review cannot lend, and each loan needs all 100:
        // "Dagny Moen" resembles a listed "Daniel Moreno" closely enough to be referred)
        String[] family = {"Berg", "Dahl", "Lund", "Holm", "Strand", "Vik", "Solberg", "Haug", "Bakke", "Lie"};
        // lenders are set up by the workers in parallel (each waits about 2 s for the sandbox to settle its deposit)
        AtomicInteger nextLender = new AtomicInteger();
        AtomicInteger readyCount = new AtomicInteger();
        Thread[] setUp = new Thread[Math.max(workers, 8)];
        for (int w = 0; w < setUp.length; w++) {
            setUp[w] = new Thread(() -> {
                for (int l = nextLender.getAndIncrement(); l < lenders; l = nextLender.getAndIncrement()) {
                    try {
                        if (setUpLender(run, l, grade, given, family)) {
                            readyCount.incrementAndGet();
                        }
                    } catch (Exception e) {
                        System.out.println("a lender failed: " + e.getMessage());
                    }
                }
            });
            setUp[w].start();
        }
        for (Thread t : setUp) {
            t.join();
        }
        int ready = readyCount.get();
        System.out.println(ready + " lenders offering " + offer + " each at 5.00% (users load-l-" + run.toLowerCase()
                + "-0 …, password Correct-horse-42)");
        // their money funds at most this many loans of 2,500.00: the rest are refused a quote ("not enough money on
        // offer"), at once, and counted apart: not a stall of the platform
        long fundable = new BigDecimal(offer).multiply(BigDecimal.valueOf(ready))
                .divide(new BigDecimal("2500.00"), 0, RoundingMode.DOWN).longValueExact();
        if (fundable < loans) {
            System.out.println("note: the lenders' money funds at most " + fundable + " of the " + loans
                    + " loans; the rest will be refused a quote (give more lenders, or a larger offer)");
        }
        Thread.sleep(5_000);
        LATENCIES.clear();
        // a run outlasts one access token (five minutes): each request takes the current one, renewed a minute early
        SessionToken borrowerToken = new SessionToken(borrowerName);

        AtomicInteger next = new AtomicInteger();
        AtomicLong funded = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong notQuoted = new AtomicLong();
        CountDownLatch done = new CountDownLatch(workers);
        long start = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            new Thread(() -> {
                while (next.getAndIncrement() < loans) {
                    try {
                        String id = apply(borrowerToken.get());
                        awaitQuote(borrowerToken, id);
                        check(post("/api/lending/applications/" + id + "/acceptance", borrowerToken.get(), "{}"),
                                202);
                        // back to SCORED: the quote was accepted but the last money went to another loan first
                        if (await(borrowerToken, id, "FUNDED|SCORED").contains("\"status\":\"SCORED\"")) {
                            throw new NotQuoted(id, "accepted, but the money on offer was lent to another first");
                        }
                        funded.incrementAndGet();
                    } catch (NotQuoted e) {
                        notQuoted.incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        System.out.println("a loan failed: " + e.getMessage());
                    }
                }
                done.countDown();
            }).start();
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> all = new ArrayList<>(LATENCIES);
        Collections.sort(all);
        if (notQuoted.get() > 0) {
            System.out.println(notQuoted.get() + " applications refused at once: no money left on offer for them");
        }
        System.out.printf("%d loans funded (%d failed) in %.1f s with %d workers: %.2f loans/s, %.0f parts/s "
                        + "(%d lenders a loan); %d requests, latency p50 %.1f ms, p99 %.1f ms%n", funded.get(),
                failed.get(), seconds, workers, funded.get() / seconds, funded.get() * Math.min(ready, 100) / seconds,
                Math.min(ready, 100), all.size(), all.get(all.size() / 2) / 1e6, all.get((int) (all.size() * 0.99)) / 1e6);
    }

    static boolean setUpLender(String run, int l, String grade, String[] given, String[] family) throws Exception {
        String name = "load-l-" + run.toLowerCase() + "-" + l;
        createUser(name, "lender");
        String lender = token(name);
        HttpResponse<String> kyc = post("/api/kyc/onboarding", lender, onboarding("LENDER", given[l % 10],
                family[(l / 10) % 10], "L" + run + String.format("%03d", l)));
        if (!kyc.body().contains("VERIFIED")) {
            return false;
        }
        retry(() -> post("/api/lending/accounts/me/deposits", lender, "{\"amount\": \"" + offer + "\"}",
                UUID.randomUUID().toString()), 202);
        post("/api/lending/appropriateness", lender, "{\"answers\": {\"capital\": \"b\", \"fscs\": \"b\", "
                + "\"liquidity\": \"b\", \"diversification\": \"a\", \"failure\": \"b\"}}");
        post("/api/lending/investor-category", lender, "{\"category\": \"HIGH_NET_WORTH\"}");
        for (int t = 0; t < 60 && !get("/api/lending/accounts/me", lender).body().contains(
                "\"available\":\"" + offer + "\""); t++) {
            Thread.sleep(500);
        }
        retry(() -> post("/api/lending/offers", lender, "{\"grade\": \"" + grade + "\", \"termMonths\": 12, "
                + "\"amount\": \"" + offer + "\", \"rate\": \"5.00\"}", UUID.randomUUID().toString()), 202);
        return true;
    }

    static String apply(String borrower) throws Exception {
        HttpResponse<String> r = post("/api/lending/applications", borrower, """
                {"amount": "2500.00", "termMonths": 12, "purpose": "CAR",
                 "finances": {"netIncome": "3200.00", "outgoings": "1400.00", "debtRepayments": "120.00"},
                 "circumstances": {"currentAccount": "HEALTHY", "creditHistory": "EXISTING_REPAID_ON_TIME",
                   "savings": "MODERATE", "employmentStatus": "EMPLOYED", "employmentYears": 5, "property": "HOME",
                   "age": 41, "otherInstalmentPlans": "NONE", "housing": "OWN", "existingCredits": 1}}""");
        check(r, 201);
        return field(r.body(), "id");
    }

    /** The platform refused the application a quote (an answer, not a wait: there is no money on offer for it). */
    static final class NotQuoted extends Exception {
        NotQuoted(String applicationId, String reason) {
            super(applicationId + " not quoted: " + reason);
        }
    }

    /**
     * Waits for the quote. A scored application the market cannot fund stays SCORED and its quote says why
     * ({@code "available":false}): that is the answer, so it is reported at once rather than waited on to the end.
     */
    static void awaitQuote(TokenSource token, String applicationId) throws Exception {
        for (int i = 0; i < 600; i++) {
            String body = get("/api/lending/applications/" + applicationId, token.get()).body();
            if (body.contains("\"status\":\"QUOTED\"")) {
                return;
            }
            if (body.contains("\"status\":\"SCORED\"")) {
                HttpResponse<String> quote = get("/api/lending/applications/" + applicationId + "/quote", token.get());
                if (quote.statusCode() == 200 && quote.body().contains("\"available\":false")) {
                    throw new NotQuoted(applicationId, field(quote.body(), "reason"));
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(applicationId + " never reached QUOTED");
    }

    /** Waits for one of the statuses, separated by "|". */
    static String await(String token, String applicationId, String status) throws Exception {
        return await(() -> token, applicationId, status);
    }

    static String await(TokenSource token, String applicationId, String status) throws Exception {
        for (int i = 0; i < 600; i++) {
            String body = get("/api/lending/applications/" + applicationId, token.get()).body();
            for (String one : status.split("\\|")) {
                if (body.contains("\"status\":\"" + one + "\"")) {
                    return body;
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(applicationId + " never reached " + status);
    }

    interface Call {
        HttpResponse<String> send() throws Exception;
    }

    static void retry(Call call, int status) throws Exception {
        for (int i = 0; i < 60; i++) {
            if (call.send().statusCode() == status) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("never answered " + status);
    }

    static String onboarding(String role, String given, String surname, String passport) {
        return """
                {"roles": ["%s"], "fullName": "%s %s", "dateOfBirth": "1980-05-05", "nationality": "GB",
                 "address": {"line1": "1 Test Street", "city": "Leeds", "postcode": "LS1 1AA", "country": "GB"},
                 "contact": {"email": "%s@example.org"}, "politicallyExposed": false,
                 "document": {"type": "MRZ", "lines": ["%s", "%s"]}}""".formatted(role, given, surname,
                passport.toLowerCase(), pad("P<GBR" + surname.toUpperCase() + "<<" + given.toUpperCase(), 44),
                td3Line2(passport));
    }

    /** A passport's second MRZ line with every ICAO 9303 check digit (born 1980-05-05, expires 2031-01-01). */
    static String td3Line2(String number) {
        String doc = pad(number, 9);
        String personal = pad("", 14);
        String line = doc + icao(doc) + "GBR" + "800505" + icao("800505") + "M" + "310101" + icao("310101")
                + personal + icao(personal);
        return line + icao(line.substring(0, 10) + line.substring(13, 20) + line.substring(21, 43));
    }

    static char icao(String field) {
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            int v = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 0;
            sum += v * weights[i % 3];
        }
        return (char) ('0' + sum % 10);
    }

    static String pad(String s, int width) {
        return (s + "<".repeat(width)).substring(0, width);
    }

    static void createUser(String username, String role) throws Exception {
        String admin = field(HTTP.send(HttpRequest.newBuilder(URI.create(keycloak
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("client_id=admin-cli&grant_type=password&username=admin"
                        + "&password=admin")).build(), HttpResponse.BodyHandlers.ofString()).body(), "access_token");
        String base = keycloak + "/admin/realms/peerlend";
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/users"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"username": "%s", "enabled": true, "emailVerified": true, "firstName": "Load", "lastName": "Test",
                         "email": "%s@example.org",
                         "credentials": [{"type": "password", "value": "Correct-horse-42", "temporary": false}]}"""
                        .formatted(username, username))).build(), HttpResponse.BodyHandlers.ofString());
        check(created, 201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        String roleRep = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/roles/" + role))
                .header("Authorization", "Bearer " + admin).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        HTTP.send(HttpRequest.newBuilder(URI.create(base + "/users/" + id + "/role-mappings/realm"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + roleRep + "]")).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    interface TokenSource {
        String get() throws Exception;
    }

    /** One user's access token, fetched again a minute before it expires (the borrower's outlive a long run). */
    static final class SessionToken implements TokenSource {
        private final String username;
        private String token;
        private long renewAt;

        SessionToken(String username) {
            this.username = username;
        }

        @Override
        public synchronized String get() throws Exception {
            if (token == null || System.nanoTime() - renewAt >= 0) {
                long asked = System.nanoTime();
                String body = tokenResponse(username);
                token = field(body, "access_token");
                long lifetime = Long.parseLong(body.replaceAll("(?s).*\"expires_in\":(\\d+).*", "$1"));
                renewAt = asked + Duration.ofSeconds(Math.max(lifetime - 60, lifetime / 2)).toNanos();
            }
            return token;
        }
    }

    static String token(String username) throws Exception {
        return field(tokenResponse(username), "access_token");
    }

    static String tokenResponse(String username) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(keycloak
                        + "/realms/peerlend/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("client_id=peerlend-dev-cli&grant_type=password&username="
                        + username + "&password=Correct-horse-42")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    static HttpResponse<String> get(String path, String token) throws Exception {
        return timed(HttpRequest.newBuilder(URI.create(gateway + path)).header("Authorization", "Bearer " + token)
                .GET());
    }

    static HttpResponse<String> post(String path, String token, String json) throws Exception {
        return post(path, token, json, null);
    }

    static HttpResponse<String> post(String path, String token, String json, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return timed(request);
    }

    static HttpResponse<String> timed(HttpRequest.Builder request) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        LATENCIES.add(System.nanoTime() - t0);
        return response;
    }

    static void check(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
