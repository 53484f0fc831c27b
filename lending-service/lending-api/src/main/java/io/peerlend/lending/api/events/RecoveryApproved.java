package io.peerlend.lending.api.events;

import java.time.Instant;

/** A supervisor other than the proposer approved the recovery; the money is applied next (lenders, then the fund). */
public record RecoveryApproved(String loanId, String reference, String approvedBy, Instant approvedAt) {}
