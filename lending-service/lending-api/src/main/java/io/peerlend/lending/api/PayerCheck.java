package io.peerlend.lending.api;

/**
 * Whose account money came from, as far as the platform could tell: the payment provider reports the payer's name on
 * the account paid from (Faster Payments and CNAPS carry it), and KYC compares it with the customer's own. The name
 * itself is never kept in lending's events; only this.
 */
public enum PayerCheck {
    /** The payer's name is the customer's. */
    OWN_NAME,
    /** Someone else paid: a third-party payment, which AML monitoring looks at. */
    OTHER_NAME,
    /** The provider did not say who paid. */
    NOT_REPORTED,
    /** KYC did not answer; the money settles anyway (it has arrived), unjudged by the payer rule. */
    UNCHECKED
}
