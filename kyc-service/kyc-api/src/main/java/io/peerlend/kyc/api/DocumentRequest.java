package io.peerlend.kyc.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code lines} for an MRZ (2 or 3), {@code number} for the others; {@code chip} optionally, with an MRZ, for what a
 * phone read from the document's chip (verified by passive authentication).
 */
public record DocumentRequest(
        @NotNull DocumentType type,
        @Size(max = 3) List<@Size(max = 44) String> lines,
        @Size(max = 30) String number,
        @Valid ChipRequest chip) {

    /** A document without a chip. */
    public DocumentRequest(DocumentType type, List<String> lines, String number) {
        this(type, lines, number, null);
    }
}
