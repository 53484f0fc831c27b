package io.peerlend.lending.api.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The application was graded by the credit scorecard and may go to the market for that grade. */
public record LoanApplicationScored(
        String applicationId,
        String grade,
        BigDecimal pd,
        int score,
        List<String> reasons,
        String modelVersion,
        Instant scoredAt) {}
