package io.peerlend.scoring.bureau.domain;

/** The credit bureau did not answer, or not in time. */
public class BureauUnavailableException extends RuntimeException {

    public BureauUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
