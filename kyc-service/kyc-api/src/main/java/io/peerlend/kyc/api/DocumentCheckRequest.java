package io.peerlend.kyc.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /api/kyc/document-checks}: the document as in onboarding, and optionally the applicant's declared
 * name and date of birth to compare with it.
 */
public record DocumentCheckRequest(
        @NotNull DocumentType type,
        @Size(max = 3) List<@Size(max = 44) String> lines,
        @Size(max = 30) String number,
        @Valid ChipRequest chip,
        @Valid Holder holder) {

    public record Holder(
            @Size(max = 200) String fullName, @Past LocalDate dateOfBirth) {}

    public DocumentRequest document() {
        return new DocumentRequest(type, lines, number, chip);
    }
}
