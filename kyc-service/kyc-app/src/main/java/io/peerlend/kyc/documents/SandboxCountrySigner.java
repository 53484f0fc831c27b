package io.peerlend.kyc.documents;

import io.peerlend.kyc.checks.documents.ChipSpecimens;
import io.peerlend.kyc.checks.documents.CountrySigners;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * A SANDBOX country signing authority for development: no state's passports chain to it. When
 * {@code peerlend.kyc.chip.sandbox-country-signer} names a directory (the launcher sets it under {@code var/}), the
 * first KYC instance to start writes a country signer's certificate ({@code country-signer.pem}) and private key
 * ({@code country-signer.key}, PKCS#8) there, and every instance trusts that certificate beside the configured master
 * lists: testers and the end-to-end tests sign document signers and chips under it (docs/kyc.md). Production never
 * sets it. Instances on one machine take turns through a file lock, so they all trust the same signer.
 */
final class SandboxCountrySigner {

    static final String CERTIFICATE = "country-signer.pem";
    static final String PRIVATE_KEY = "country-signer.key";

    private SandboxCountrySigner() {}

    static Set<X509Certificate> trusted(Path directory) {
        try {
            Files.createDirectories(directory);
            Path certificate = directory.resolve(CERTIFICATE);
            try (FileChannel channel = FileChannel.open(
                            directory.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                if (!Files.exists(certificate)) {
                    write(directory);
                }
            }
            return CountrySigners.read(Files.readAllBytes(certificate));
        } catch (IOException e) {
            throw new UncheckedIOException("the sandbox country signer cannot be kept in " + directory, e);
        }
    }

    private static void write(Path directory) throws IOException {
        Instant now = Instant.now();
        ChipSpecimens.Authority signer =
                ChipSpecimens.countrySigner("UT", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)));
        Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(
                directory.resolve(PRIVATE_KEY),
                "-----BEGIN PRIVATE KEY-----\n"
                        + base64.encodeToString(signer.keys().getPrivate().getEncoded())
                        + "\n-----END PRIVATE KEY-----\n");
        try {
            Files.writeString(
                    directory.resolve(CERTIFICATE),
                    "-----BEGIN CERTIFICATE-----\n"
                            + base64.encodeToString(signer.certificate().getEncoded())
                            + "\n-----END CERTIFICATE-----\n");
        } catch (CertificateEncodingException e) {
            throw new IOException(e);
        }
    }
}
