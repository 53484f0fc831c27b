package io.peerlend.e2e;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every server error the running platform wrote to its logs since it started: a request the gateway answered 500, or a
 * failure a service's problem handler did not expect. Bad input gets a clear 4xx and a lost dependency a 502/503
 * (both expected in some tests); a 500 is always a defect, whichever test caused it and whether or not it looked.
 * The logs are appended to across runs, so only what was written after the platform started counts.
 */
final class ServerErrors {

    private final Path logs;
    private final Map<Path, Long> startedAt = new HashMap<>();

    /** Marks where each log ends now. */
    ServerErrors(Path logs) throws IOException {
        this.logs = logs;
        for (Path log : logFiles()) {
            startedAt.put(log, Files.size(log));
        }
    }

    /** The lines, written since, that record a server error. */
    List<String> since() throws IOException {
        List<String> errors = new ArrayList<>();
        for (Path log : logFiles()) {
            try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
                file.seek(Math.min(startedAt.getOrDefault(log, 0L), file.length()));
                byte[] written = new byte[(int) (file.length() - file.getFilePointer())];
                file.readFully(written);
                for (String line : new String(written, StandardCharsets.UTF_8).split("\n")) {
                    if (line.contains("\"unexpected failure\"") || line.matches(".*HTTP/[0-9.]+\\\\\" 500 .*")) {
                        errors.add(log.getFileName() + ": " + line.substring(0, Math.min(line.length(), 600)));
                    }
                }
            }
        }
        return errors;
    }

    private List<Path> logFiles() throws IOException {
        if (!Files.isDirectory(logs)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(logs)) {
            return files.filter(f -> f.toString().endsWith(".log")).sorted().toList();
        }
    }
}
