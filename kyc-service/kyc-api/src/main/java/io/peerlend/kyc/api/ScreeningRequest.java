package io.peerlend.kyc.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** {@code POST /api/kyc/screenings}: nationality as ISO 3166 alpha-2 or alpha-3 code or English country name. */
public record ScreeningRequest(
        @NotBlank @Size(max = 200) String name,
        @Past LocalDate dateOfBirth,
        @Size(max = 60) String nationality) {}
