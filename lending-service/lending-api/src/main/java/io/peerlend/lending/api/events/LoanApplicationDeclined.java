package io.peerlend.lending.api.events;

import java.time.Instant;
import java.util.List;

/** The application was declined (unaffordable, or below the lowest grade), with reasons the borrower can read. */
public record LoanApplicationDeclined(
        String applicationId, List<String> reasons, String modelVersion, Instant declinedAt) {}
