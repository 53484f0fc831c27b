package io.peerlend.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * A service's published API contract: its OpenAPI document as committed in {@code docs/api/{service}.json}, compared
 * with the one the build's service generates (openapi-diff). An unchanged API passes. A changed one fails until the
 * committed document is regenerated ({@code -Dopenapi.write=true}); a breaking change (an operation, a field or a
 * value a client may rely on removed, a request made stricter) is refused even then unless {@code info.version}'s
 * major number was raised (docs/api.md, "The contract").
 */
public final class ApiContract {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final String service;
    private final Path committed;

    public ApiContract(String service) {
        this(service, repository().resolve("docs/api/" + service + ".json"));
    }

    ApiContract(String service, Path committed) {
        this.service = service;
        this.committed = committed;
    }

    /** What the check found, for the test's message; throws AssertionError when the contract does not hold. */
    public String check(String generated) {
        return check(generated, Boolean.getBoolean("openapi.write"));
    }

    String check(String generated, boolean write) {
        String current = normalised(generated);
        if (!Files.exists(committed)) {
            if (write) {
                return write(current, "first published");
            }
            throw new AssertionError(
                    "no published contract " + committed + ": generate it with -Dopenapi.write=true and commit it");
        }
        String previous = read(committed);
        if (previous.equals(current)) {
            return "unchanged";
        }
        ChangedOpenApi diff = OpenApiCompare.fromContents(previous, current);
        if (diff.isUnchanged()) {
            return write ? write(current, "reformatted") : "unchanged in meaning";
        }
        String before = version(previous);
        String after = version(current);
        if (diff.isIncompatible() && major(after) <= major(before)) {
            throw new AssertionError("a BREAKING change to the " + service + " API without a new major version (still "
                    + after + "; docs/api.md, \"The contract\"):\n" + render(diff));
        }
        if (write) {
            return write(current, diff.isIncompatible() ? "breaking, version " + after : "compatible");
        }
        throw new AssertionError(
                "the " + service + " API changed (" + (diff.isIncompatible() ? "breaking" : "compatible")
                        + "): regenerate docs/api/" + service + ".json with -Dopenapi.write=true and commit it:\n"
                        + render(diff));
    }

    /** The document as published: keys in order, without the server address the test happened to run on. */
    static String normalised(String generated) {
        try {
            ObjectNode tree = (ObjectNode) JSON.readTree(generated);
            tree.remove("servers");
            return JSON.writeValueAsString(JSON.treeToValue(tree, Map.class)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int major(String version) {
        try {
            return Integer.parseInt(version.split("\\.", 2)[0]);
        } catch (NumberFormatException e) {
            throw new AssertionError("info.version " + version + " is not a semantic version such as 1.0.0", e);
        }
    }

    private static String version(String document) {
        try {
            JsonNode info = JSON.readTree(document).path("info");
            return info.path("version").asText("0.0.0");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(String document, String why) {
        try {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, document);
            return "written (" + why + ")";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String render(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The repository's root: the nearest directory up from the module with the Maven wrapper and docs/. */
    private static Path repository() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "no repository root above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
