package io.peerlend.lending.api.events;

import java.time.Instant;

/** A collection from the borrower failed (e.g. declined by their bank); nothing moved. */
public record CollectionFailed(String loanId, String reference, String reason, Instant failedAt) {}
