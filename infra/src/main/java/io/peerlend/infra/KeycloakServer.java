package io.peerlend.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keycloak from the Maven Central distribution, in development mode, with realm {@code peerlend}.
 * The realm file in {@code infra/keycloak/} is what production imports; the development additions (demo users and
 * the password-grant client for scripts and tests) are merged in here only.
 */
public final class KeycloakServer {

    public static final String REALM = "peerlend";
    private static final ObjectMapper JSON = new ObjectMapper();

    private KeycloakServer() {}

    /**
     * Prepares the realm import and the process. Keycloak skips importing a realm that already exists, so when the
     * realm files change the development database is started afresh.
     */
    public static ManagedProcess prepare(
            Path home,
            Path keycloakDistribution,
            Path realmDirectory,
            Path dataDirectory,
            Ports ports,
            Map<String, String> clientSecrets)
            throws IOException {
        if (!Files.isRegularFile(keycloakDistribution.resolve("bin/kc.sh"))) {
            throw new IOException("Keycloak is not unpacked at " + keycloakDistribution
                    + "; build once with ./mvnw -DskipTests install");
        }
        byte[] realm = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(developmentRealm(realmDirectory, ports));
        // --import-realm reads <kc home>/data/import only
        Path importDirectory = keycloakDistribution.resolve("data/import");
        Path stamp = dataDirectory.resolve("realm.sha256");
        String digest = sha256(realm);
        if (!Files.exists(stamp) || !Files.readString(stamp).equals(digest)) {
            deleteRecursively(dataDirectory);
        }
        Files.createDirectories(importDirectory);
        Files.createDirectories(dataDirectory);
        Files.write(importDirectory.resolve("peerlend-realm.json"), realm);
        Files.writeString(stamp, digest);

        Path h2 = dataDirectory.resolve("h2").toAbsolutePath();
        List<String> command = List.of(
                keycloakDistribution.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-port=" + ports.keycloak(),
                "--http-management-port=" + ports.keycloakManagement(),
                "--http-host=127.0.0.1",
                "--import-realm",
                "--db=dev-file",
                "--db-url=jdbc:h2:file:" + h2.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE;AUTO_SERVER=TRUE",
                "--log-level=WARN,org.keycloak.services:INFO");
        Map<String, String> env = new LinkedHashMap<>(Map.of(
                // kc.sh sizes the heap from the machine's memory (70%); a development server needs far less
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"));
        // the realm file names its confidential clients' secrets as ${PEERLEND_CLIENT_SECRET_x}, filled in on import
        env.putAll(clientSecrets);
        URI health = URI.create(
                "http://127.0.0.1:" + ports.keycloak() + "/realms/" + REALM + "/.well-known/openid-configuration");
        return new ManagedProcess("keycloak", command, env, home, dataDirectory.resolve("keycloak.log"), health);
    }

    /** The production realm plus the development additions: arrays are appended, other fields replaced. */
    static ObjectNode developmentRealm(Path realmDirectory, Ports ports) throws IOException {
        ObjectNode realm = (ObjectNode)
                JSON.readTree(realmDirectory.resolve("peerlend-realm.json").toFile());
        JsonNode additions = JSON.readTree(
                realmDirectory.resolve("peerlend-realm.dev-additions.json").toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = additions.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode existing = realm.get(field.getKey());
            if (existing instanceof ArrayNode array && field.getValue() instanceof ArrayNode extra) {
                array.addAll(extra);
            } else {
                realm.set(field.getKey(), field.getValue());
            }
        }
        String text =
                JSON.writeValueAsString(realm).replace("http://localhost:8080", "http://localhost:" + ports.gateway());
        return (ObjectNode) JSON.readTree(text);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path :
                    paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
