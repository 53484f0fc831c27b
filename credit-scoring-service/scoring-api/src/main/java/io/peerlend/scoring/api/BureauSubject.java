package io.peerlend.scoring.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Who to look up at the credit bureau (with the applicant's consent). Used for the lookup only: never logged or stored.
 *
 * @param reference the platform's customer reference
 */
public record BureauSubject(
        @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters")
        String reference,

        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String fullName,

        @NotNull(message = "is required") @Past(message = "must be in the past")
        LocalDate dateOfBirth,

        @NotBlank(message = "is required") @Size(max = 16, message = "must be at most 16 characters")
        String postcode) {}
