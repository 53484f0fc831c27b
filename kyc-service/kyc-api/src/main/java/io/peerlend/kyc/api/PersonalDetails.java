package io.peerlend.kyc.api;

import java.time.LocalDate;
import java.util.Map;

/**
 * The personal data inside a customer's {@link Sealed} value, as the customer gave it and the document states it.
 * Returned only to the customer themselves, and masked to staff.
 */
public record PersonalDetails(
        String fullName,
        LocalDate dateOfBirth,
        String nationality,
        OnboardingRequest.Address address,
        OnboardingRequest.Contact contact,
        DocumentType documentType,
        Map<String, String> documentFields,
        boolean politicallyExposed) {}
