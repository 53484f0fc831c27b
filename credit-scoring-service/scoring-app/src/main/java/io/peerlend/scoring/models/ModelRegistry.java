package io.peerlend.scoring.models;

import io.peerlend.scoring.scorecard.Scorecard;
import io.peerlend.scoring.scorecard.ScorecardJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The scorecard versions this service can score with, and which one is current. */
@Component
public class ModelRegistry {

    private final Map<String, Scorecard> byVersion = new LinkedHashMap<>();
    private final String current;

    public ModelRegistry(
            @Value("${peerlend.scoring.models}") List<String> versions,
            @Value("${peerlend.scoring.current-model}") String current) {
        for (String version : versions) {
            try {
                byVersion.put(version, new Scorecard(ScorecardJson.bundled(version)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load model " + version, e);
            }
        }
        if (!byVersion.containsKey(current)) {
            throw new IllegalStateException("current model " + current + " is not among " + versions);
        }
        this.current = current;
    }

    public Scorecard current() {
        return byVersion.get(current);
    }

    public Optional<Scorecard> find(String version) {
        return Optional.ofNullable(byVersion.get(version));
    }
}
