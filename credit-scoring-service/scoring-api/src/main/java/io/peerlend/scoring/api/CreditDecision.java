package io.peerlend.scoring.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code POST /api/scoring/scores}: the scorecard's grade, PD, score and reasons, after the
 * affordability check. When affordability fails the grade is {@code DECLINE} and its reason comes first.
 */
public record CreditDecision(
        String grade,
        BigDecimal pd,
        int score,
        List<String> reasons,
        String modelVersion,
        Instant scoredAt,
        Affordability affordability,
        BureauUse bureau) {}
