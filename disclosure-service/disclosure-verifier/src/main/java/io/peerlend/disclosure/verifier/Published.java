package io.peerlend.disclosure.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The published files as downloaded into a directory, and their seals: {@code key.pem} (the platform's Ed25519 public
 * key), {@code reports/<series>/<period>.json} with its base64 signature in {@code <period>.sig}, and each month's data
 * files in {@code data/<period>/}.
 */
public final class Published {

    static final String NO_PREVIOUS = "0".repeat(64);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final PublicKey key;

    public Published(Path dir) {
        this.dir = dir;
        this.key = publicKey(read(dir.resolve("key.pem")));
    }

    /** A series' reports in the order of their periods, each checked: hash, signature, and its link to the previous. */
    List<Findings.Report> series(String series, Findings findings) {
        Path folder = dir.resolve("reports").resolve(series);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Findings.Report> reports = new ArrayList<>();
        String previous = NO_PREVIOUS;
        for (Path file : files) {
            byte[] bytes = bytes(file);
            String period = file.getFileName().toString().replace(".json", "");
            JsonNode json;
            try {
                json = JSON.readTree(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + file, e);
            }
            boolean signed = signatureValid(bytes, file.resolveSibling(period + ".sig"));
            boolean chained = json.hasNonNull("previousHash")
                    && previous.equals(json.get("previousHash").asText());
            Findings.Report report = new Findings.Report(series, period, json, sha256(bytes), signed && chained);
            findings.sealed(
                    report,
                    (signed ? "signature valid" : "signature INVALID") + ", "
                            + (chained ? "chained to the report before it" : "chain BROKEN"));
            reports.add(report);
            previous = report.sha256();
        }
        return reports;
    }

    /** A month's data file, if downloaded. */
    Optional<Path> data(String period, String file) {
        Path path = dir.resolve("data").resolve(period).resolve(file + ".csv");
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    private boolean signatureValid(byte[] bytes, Path signatureFile) {
        if (!Files.isRegularFile(signatureFile)) {
            return false;
        }
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key);
            ed25519.update(bytes);
            return ed25519.verify(Base64.getDecoder().decode(read(signatureFile).trim()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static PublicKey publicKey(String pem) {
        String body = pem.replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("key.pem is not an Ed25519 public key", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }
}
