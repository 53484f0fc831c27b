package io.peerlend.disclosure.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Downloads everything published (no login needed) from a platform's public address into a directory. */
public final class Download {

    /** The series the verifier checks; the loan data first, as the others are checked against it. */
    static final List<String> SERIES = List.of(Verifier.DATA, Verifier.OPERATING, Verifier.SECONDARY, Verifier.OUTCOME);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ATTEMPTS = 5;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    /** {@code base}: the platform's address, for example {@code http://localhost:8080}. */
    public Download(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public void into(Path dir) {
        save(dir.resolve("key.pem"), get("/public/disclosure/keys/current"));
        for (String series : SERIES) {
            Path folder = dir.resolve("reports").resolve(series);
            for (JsonNode listed : json(get("/public/disclosure/reports/" + series))) {
                String period = listed.get("period").asText();
                String at = "/public/disclosure/reports/" + series + "/" + period;
                byte[] report = get(at);
                save(folder.resolve(period + ".json"), report);
                save(folder.resolve(period + ".sig"), get(at + "/signature"));
                if (series.equals(Verifier.DATA)) {
                    JsonNode manifest = json(report);
                    for (String file : List.of("loans", "listings")) {
                        save(
                                dir.resolve("data").resolve(period).resolve(file + ".csv"),
                                get(manifest.get(file).get("path").asText()));
                    }
                }
            }
        }
    }

    private byte[] get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        try {
            for (int attempt = 1; ; attempt++) {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() == 200) {
                    return response.body();
                }
                if ((response.statusCode() != 429 && response.statusCode() != 503) || attempt == MAX_ATTEMPTS) {
                    throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
                }
                // a polite client: the platform limits each address's requests a second
                long wait = response.headers().firstValueAsLong("Retry-After").orElse(1L);
                Thread.sleep(Duration.ofSeconds(Math.min(Math.max(wait, 1), 30)).toMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void save(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
