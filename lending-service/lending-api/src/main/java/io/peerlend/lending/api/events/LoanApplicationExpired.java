package io.peerlend.lending.api.events;

import java.time.Instant;

/** The quote lapsed and was neither accepted nor renewed in time: the application is closed, with the reason. */
public record LoanApplicationExpired(String applicationId, String reason, Instant expiredAt) {}
