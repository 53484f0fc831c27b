package io.peerlend.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Secrets the local platform makes for itself, so that none is committed: each is 32 random bytes made on first use
 * and kept (owner-readable only) under {@code var/secrets/}, so a persistent development platform keeps working across
 * restarts and a leaked secret of one developer's machine opens nobody else's. Production takes the same values from
 * its secret store (docs/security.md).
 */
final class DevelopmentSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path directory;

    DevelopmentSecrets(Path directory) {
        this.directory = directory;
    }

    /** The secret of that name, made now if this installation has none yet. */
    String get(String name) throws IOException {
        Path file = directory.resolve(name);
        if (Files.isRegularFile(file)) {
            return Files.readString(file).strip();
        }
        Files.createDirectories(directory);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.writeString(file, secret);
        try {
            Files.setPosixFilePermissions(file, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions (Windows): the directory's own protection applies
        }
        return secret;
    }
}
