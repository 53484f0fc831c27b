package io.peerlend.lending.kyc;

import io.peerlend.kyc.api.CreditSearchSubject;
import java.util.Optional;

/**
 * The port to the KYC service for the verified identity a credit search needs. Empty when the KYC service holds no
 * verified identity for the customer (the application is then scored on what the borrower declared).
 */
public interface CreditSearchSubjects {

    /** @throws IdentityServiceUnavailableException when the KYC service could not answer (the step waits) */
    Optional<CreditSearchSubject> of(String customerId);
}
