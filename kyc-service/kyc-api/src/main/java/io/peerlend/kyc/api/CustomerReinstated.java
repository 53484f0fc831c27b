package io.peerlend.kyc.api;

import java.time.Instant;

/** A suspended customer is verified again. */
public record CustomerReinstated(String customerId, String reinstatedBy, Instant reinstatedAt) {}
