package io.peerlend.kyc.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code lines} for an MRZ (2 or 3), {@code number} for the others. */
public record DocumentRequest(
        @NotNull DocumentType type,
        @Size(max = 3) List<@Size(max = 44) String> lines,
        @Size(max = 30) String number) {}
