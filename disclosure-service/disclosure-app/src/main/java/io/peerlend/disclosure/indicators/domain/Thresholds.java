package io.peerlend.disclosure.indicators.domain;

import java.math.BigDecimal;

/**
 * The jurisdiction profile's early-warning thresholds. Each indicator breaches when it is above its maximum, except
 * the provision fund's coverage, which breaches below its minimum. The model's population stability is measured over
 * at least {@code modelPsiMinApplications} applications.
 */
public record Thresholds(
        BigDecimal overdueRateMax,
        BigDecimal over90RateMax,
        BigDecimal top10ShareMax,
        BigDecimal fundCoverageMin,
        BigDecimal liquidityMax,
        BigDecimal growthMax,
        BigDecimal modelPsiMax,
        long modelPsiMinApplications) {}
