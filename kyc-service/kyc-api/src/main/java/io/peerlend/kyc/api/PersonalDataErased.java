package io.peerlend.kyc.api;

import java.time.Instant;

/** The customer's data key was destroyed: every sealed value of theirs, in every event and copy, is unreadable. */
public record PersonalDataErased(String customerId, String erasedBy, Instant erasedAt) {}
