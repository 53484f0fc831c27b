package io.peerlend.scoring.scorecard;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes model artifacts. */
public final class ScorecardJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // version 1's card has no design or comparison: absent, as it was written
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private ScorecardJson() {}

    public static ScorecardModel read(InputStream in) throws IOException {
        return JSON.readValue(in, ScorecardModel.class);
    }

    public static void write(ScorecardModel model, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JSON.writeValueAsString(model) + "\n");
    }

    /** A model bundled with the service, e.g. {@code german-credit-1}. */
    public static ScorecardModel bundled(String version) throws IOException {
        try (InputStream in =
                ScorecardJson.class.getResourceAsStream("/io/peerlend/scoring/models/" + version + ".json")) {
            if (in == null) {
                throw new IOException("no bundled model " + version);
            }
            return read(in);
        }
    }
}
