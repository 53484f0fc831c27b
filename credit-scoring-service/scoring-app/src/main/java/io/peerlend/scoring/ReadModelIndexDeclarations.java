package io.peerlend.scoring;

import static io.peerlend.platform.readside.ReadModelIndex.on;

import io.peerlend.platform.readside.ReadModelIndexes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The indexes the scoring service's read-model queries need on a production MongoDB (docs/architecture.md,
 * "Read-model indexes").
 */
@Configuration(proxyBeanMethods = false)
class ReadModelIndexDeclarations {

    @Bean
    ReadModelIndexes scoringReadModelIndexes() {
        return ReadModelIndexes.of(
                // ScoreLog: the scores of an application
                on("score_log", "applicationId"),
                // StabilityMonitor: the scores of a model version, by kind (applicants, not staff what-ifs)
                on("score_log", "modelVersion", "kind"));
    }
}
