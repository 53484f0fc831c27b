package io.peerlend.kyc.api;

/** The final response's finding. */
public enum ComplaintOutcome {
    UPHELD,
    PARTLY_UPHELD,
    NOT_UPHELD
}
