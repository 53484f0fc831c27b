package io.peerlend.lending.api.events;

import java.time.Instant;

/** A funded loan's money was not sent to its borrower, who is restricted; the loan is cancelled and lenders refunded. */
public record PayoutStopped(String borrowerId, String loanId, String reason, Instant stoppedAt) {}
