package io.peerlend.kyc.identity.domain;

/** The identity verification service did not answer, or answered with an error: nothing was learnt. */
public class IdentityServiceUnavailableException extends RuntimeException {

    public IdentityServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
