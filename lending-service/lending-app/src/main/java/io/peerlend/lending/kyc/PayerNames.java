package io.peerlend.lending.kyc;

/**
 * The port to the KYC service for whether money came from the customer's own account: KYC holds the verified name
 * and compares; lending learns yes or no and never the name.
 */
public interface PayerNames {

    /**
     * @param payerName the account holder's name as the payment provider reported it
     * @throws IdentityServiceUnavailableException when the KYC service could not answer
     */
    boolean isCustomersOwn(String customerId, String payerName);
}
