package io.peerlend.lending.scoring;

/** The scoring service could not give a decision now; nothing is decided, the caller tries again later. */
public class ScoringUnavailableException extends RuntimeException {

    public ScoringUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
