package io.peerlend.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Secrets docs/deployment.md declares as required, with their keys: the table under "## Secrets", one row per
 * Secret, its name and keys in backticks ({@code | `peerlend-kyc` | `PEERLEND_KYC_MASTER_KEY`, ... | ...}).
 */
final class DocumentedSecrets {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| ([^|]*)\\|");
    private static final Pattern KEY = Pattern.compile("`([A-Za-z0-9_.-]+)`");

    private DocumentedSecrets() {}

    static Map<String, Set<String>> read() throws IOException {
        String doc = Files.readString(Kustomize.HOME.resolve("docs/deployment.md"));
        int start = doc.indexOf("\n## Secrets");
        if (start < 0) {
            throw new IllegalStateException("docs/deployment.md has no section \"## Secrets\"");
        }
        int end = doc.indexOf("\n## ", start + 1);
        String section = doc.substring(start, end < 0 ? doc.length() : end);
        Map<String, Set<String>> secrets = new LinkedHashMap<>();
        for (String line : section.lines().toList()) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                Matcher key = KEY.matcher(row.group(2));
                Set<String> keys = key.results().map(m -> m.group(1)).collect(Collectors.toSet());
                secrets.put(row.group(1), keys);
            }
        }
        return secrets;
    }

    static Set<String> keys(Map<String, Set<String>> secrets, String... names) {
        return Arrays.stream(names)
                .flatMap(n -> secrets.getOrDefault(n, Set.of()).stream())
                .collect(Collectors.toSet());
    }
}
