package io.peerlend.kyc.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * {@code POST /api/kyc/onboarding}: who the caller is. Everything here is personal data and is stored only
 * encrypted. Countries are ISO 3166 alpha-2 codes. {@code relatedParty}: whether the caller is staff, a shareholder or
 * close family of either (absent: no).
 */
public record OnboardingRequest(
        @NotEmpty Set<CustomerRole> roles,
        @NotBlank @Size(max = 200) String fullName,
        @NotNull @Past LocalDate dateOfBirth,

        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code, e.g. GB")
        String nationality,

        @NotNull @Valid Address address,
        @NotNull @Valid Contact contact,
        @NotNull @Valid DocumentRequest document,
        @NotNull Boolean politicallyExposed,
        RelatedParty relatedParty) {

    public record Address(
            @NotBlank @Size(max = 200) String line1,
            @Size(max = 200) String line2,
            @NotBlank @Size(max = 100) String city,
            @NotBlank @Size(max = 20) String postcode,

            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code, e.g. GB")
            String country) {}

    public record Contact(
            @NotBlank @Email @Size(max = 200) String email,

            @Pattern(regexp = "\\+?[0-9 ]{6,20}", message = "must be a phone number, e.g. +44 20 7946 0000")
            String phone) {}
}
