package io.peerlend.kyc.api;

import java.time.Instant;

/**
 * The customer is (or, with {@code relation} null, no longer is) a related party of the platform, as declared at
 * onboarding ({@code by} "customer") or set by an officer (their subject): the audit record of the flag.
 */
public record RelatedPartySet(String customerId, RelatedParty relation, String by, Instant setAt) {}
