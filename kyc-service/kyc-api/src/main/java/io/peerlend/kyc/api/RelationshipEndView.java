package io.peerlend.kyc.api;

import java.time.LocalDate;

/** A customer who left, and until when their personal data is kept before it is erased. */
public record RelationshipEndView(String customerId, LocalDate retainUntil) {}
