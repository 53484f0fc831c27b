package io.peerlend.kyc.identity.domain;

import io.peerlend.kyc.api.DocumentType;
import java.time.LocalDate;

/**
 * The port to an electronic identity verification service: does an authoritative register know this person as
 * declared? In the `uk` profile a credit reference agency's identity check (name, date of birth and address against
 * the electoral roll and credit files); in `cn` the citizen identity service of the public security authority (name
 * and document number). Adapters: {@code SandboxElectronicIdentity} (development and tests, deterministic); a
 * production adapter implements the contract in docs/kyc.md, "Electronic identity verification".
 */
public interface ElectronicIdentityVerification {

    /** Who is to be verified, as declared and as read from their document. */
    record Subject(
            String fullName,
            LocalDate dateOfBirth,
            String addressLine1,
            String postcode,
            String country,
            DocumentType documentType,
            String documentNumber) {}

    enum Result {
        /** The register knows the person as declared. */
        MATCH,
        /** The register does not know them, or knows them otherwise (an answer, not an error). */
        NO_MATCH
    }

    /** The answer and the service's reference for the check, which an auditor follows (never the register's data). */
    record Outcome(Result result, String reference) {}

    String name();

    /**
     * @throws IdentityServiceUnavailableException when the service does not answer or answers with an error; an
     *     adapter never guesses
     */
    Outcome verify(Subject subject);
}
