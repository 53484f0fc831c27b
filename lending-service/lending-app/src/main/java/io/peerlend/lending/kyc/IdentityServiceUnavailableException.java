package io.peerlend.lending.kyc;

/** The KYC service did not answer; the step that asked waits and is retried by its processor. */
public class IdentityServiceUnavailableException extends RuntimeException {

    public IdentityServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
