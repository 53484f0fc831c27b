package io.peerlend.kyc.api;

/**
 * How a customer is related to the platform, which disclosure must count and lending may restrict (the `cn`
 * Interim Measures forbid a platform to raise funds for itself or its related parties; the `uk` profile lends to them
 * on the same terms and discloses it): a member of staff, a shareholder, or the close family of either.
 */
public enum RelatedParty {
    STAFF,
    SHAREHOLDER,
    CLOSE_FAMILY
}
