package io.peerlend.kyc.api;

/**
 * What showed that a customer is who they say they are; onboarding records every kind that held, and an auditor reads
 * it from the event (none of it is personal).
 */
public enum IdentityEvidence {
    /** A valid document whose reading states the holder (name or date of birth) and agrees with the declaration. */
    DOCUMENT,
    /** The document's chip: passive authentication held and its machine-readable zone is the printed one. */
    CHIP,
    /**
     * Electronic identity verification: a credit reference agency's records (uk) or the citizen identity service of
     * the public security authority (cn) confirmed the declared identity.
     */
    ELECTRONIC
}
