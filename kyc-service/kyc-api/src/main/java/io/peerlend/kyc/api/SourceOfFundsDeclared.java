package io.peerlend.kyc.api;

import java.time.Instant;

/** The customer declared their source of funds; what they said is sealed with their key. */
public record SourceOfFundsDeclared(String customerId, Sealed declaration, Instant declaredAt) {}
