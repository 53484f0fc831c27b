package io.peerlend.kyc.privacy;

/**
 * The identity provider's side of an erasure: the customer's account (their name and email live there) and every
 * session they have, in the provider and, through its back-channel logout, in the web client.
 */
public interface IdentityProviderAccounts {

    /** Ends the account's sessions and removes it; an account already gone counts as removed. */
    void remove(String customerId);
}
