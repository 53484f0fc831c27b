package io.peerlend.scoring;

import io.peerlend.platform.readside.ReadModelIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The indexes the scoring service's read-model queries need on a production MongoDB (docs/architecture.md,
 * "Read-model indexes").
 */
@Configuration(proxyBeanMethods = false)
class ReadModelIndexDeclarations {

    /** ScoreLog: the scores of an application. */
    @Bean
    ReadModelIndex scoresOfApplication() {
        return ReadModelIndex.on("score_log", "applicationId");
    }

    /** StabilityMonitor: the scores of a model version, by kind (applicants, not staff what-ifs). */
    @Bean
    ReadModelIndex scoresOfModelVersion() {
        return ReadModelIndex.on("score_log", "modelVersion", "kind");
    }
}
