package io.peerlend.kyc.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An officer's clearance, rejection or suspension, with the reason recorded in the audit trail. */
public record OfficerDecision(@NotBlank @Size(max = 1000) String note) {}
