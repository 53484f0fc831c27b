package io.peerlend.kyc.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The verification's period (5, 3 or 1 years by risk) ran out: the customer must give their identity again before
 * borrowing or lending more. Existing loans are not affected.
 */
public record CustomerReverificationDue(String customerId, LocalDate reverifyBy, Instant dueAt) {}
