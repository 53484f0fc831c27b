package io.peerlend.kyc.api;

/** What a customer is onboarded for; one person may be both. */
public enum CustomerRole {
    BORROWER,
    LENDER
}
