package io.peerlend.lending.scoring;

import com.sun.net.httpserver.HttpServer;
import io.peerlend.scoring.api.CreditReasons;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP stand-in, on loopback, for the services the lending service calls — Keycloak's token endpoint, the
 * scoring service, and the KYC service's credit-search identity — for the lending service's integration tests.
 * Scoring can be switched into an outage (503); it counts the calls, the bearer tokens it saw, and the score requests
 * that carried the KYC identity for the bureau.
 */
public final class LoopbackPeers implements AutoCloseable {

    /** The reason of a graded application, as the scoring service words it. */
    public static final String LONGER_TERM = CreditReasons.english("feature.TERM");
    /** The reason of a declined one. */
    public static final String UNAFFORDABLE =
            CreditReasons.english("affordability.disposable", "158.62", "GBP", "-1358.62", "200");

    static final String MODEL_CARD = "{\"version\":\"german-credit-1\",\"holdOut\":{\"auc\":0.769841,"
            + "\"calibration\":[{\"grade\":\"A*\",\"applicants\":62,\"meanPredictedPd\":0.05345},"
            + "{\"grade\":\"A\",\"applicants\":54,\"meanPredictedPd\":0.111693},"
            + "{\"grade\":\"B\",\"applicants\":43,\"meanPredictedPd\":0.204805},"
            + "{\"grade\":\"C\",\"applicants\":23,\"meanPredictedPd\":0.282591},"
            + "{\"grade\":\"D\",\"applicants\":45,\"meanPredictedPd\":0.418704},"
            + "{\"grade\":\"E\",\"applicants\":34,\"meanPredictedPd\":0.581456},"
            + "{\"grade\":\"DECLINE\",\"applicants\":39,\"meanPredictedPd\":0.736092}]}}";

    public final AtomicBoolean down = new AtomicBoolean();
    public final AtomicInteger modelCardCalls = new AtomicInteger();
    public final AtomicInteger scoreCalls = new AtomicInteger();
    public final AtomicInteger callsWithToken = new AtomicInteger();
    public final AtomicInteger scoresWithVerifiedIdentity = new AtomicInteger();
    private final HttpServer server;

    public LoopbackPeers() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/token", exchange -> {
            byte[] body = "{\"access_token\":\"stub-service-token\",\"token_type\":\"Bearer\",\"expires_in\":300}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/api/scoring/scores", exchange -> {
            scoreCalls.incrementAndGet();
            if ("Bearer stub-service-token".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                callsWithToken.incrementAndGet();
            }
            String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (request.contains("\"postcode\":\"LS1 1AA\"") && request.contains("\"fullName\":\"Maren Lindqvist\"")) {
                scoresWithVerifiedIdentity.incrementAndGet();
            }
            if (down.get()) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            // unaffordable on purpose when the declared income is tiny; otherwise grade B
            boolean decline = request.contains("\"monthlyNetIncome\":\"100.00\"");
            // the reasons worded as the scoring service words them (CreditReasons), so a reader can have them in
            // Chinese
            String decision = decline
                    ? "{\"grade\":\"DECLINE\",\"pd\":0.2,\"score\":480,\"reasons\":[\"" + UNAFFORDABLE + "\"],"
                            + "\"modelVersion\":\"stub-1\",\"scoredAt\":\"2026-11-26T10:00:00Z\"}"
                    : "{\"grade\":\"B\",\"pd\":0.2,\"score\":512,\"reasons\":[\"" + LONGER_TERM + "\"],"
                            + "\"modelVersion\":\"stub-1\",\"scoredAt\":\"2026-11-26T10:00:00Z\"}";
            byte[] body = decision.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        // the model card of the scorecard in use: only what lending reads of it (the grades' hold-out PDs), as the
        // scoring service words it (german-credit-1's figures)
        server.createContext("/api/scoring/models/current", exchange -> {
            modelCardCalls.incrementAndGet();
            if (down.get()) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            byte[] body = MODEL_CARD.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        // KYC: every customer is verified as the same test identity
        server.createContext("/api/kyc/customers/", exchange -> {
            String customer = exchange.getRequestURI().getPath().split("/")[4];
            byte[] body = ("{\"customerId\":\"" + customer + "\",\"fullName\":\"Maren Lindqvist\","
                            + "\"dateOfBirth\":\"1990-01-15\",\"postcode\":\"LS1 1AA\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
