package io.peerlend.scoring.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A scorecard's answer.
 *
 * @param grade        {@code A*}, {@code A}, {@code B}, {@code C}, {@code D}, {@code E}, or {@code DECLINE}
 * @param pd           probability of default, 4 decimals
 * @param score        scorecard points (higher is better)
 * @param reasons      up to four adverse factors, worst first, in plain words
 */
public record ScoreResult(
        String grade, BigDecimal pd, int score, List<String> reasons, String modelVersion, Instant scoredAt) {}
