package io.peerlend.lending.api.events;

import java.time.Instant;
import java.time.LocalDate;

/** An instalment stayed unpaid past the profile's grace period: one late fee, within the profile's limit. */
public record LateFeeCharged(String loanId, int instalment, long feeMinor, LocalDate chargedOn, Instant chargedAt) {}
