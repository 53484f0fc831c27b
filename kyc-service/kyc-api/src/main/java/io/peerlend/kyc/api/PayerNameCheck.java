package io.peerlend.kyc.api;

/**
 * Another Peerlend service asks whether money came from the customer's own account: {@code payerName} is the account
 * holder's name as the payment provider reported it. Personal data (a third party's, perhaps): compared, never kept.
 */
public record PayerNameCheck(String payerName) {

    /** The answer: whether the payer's name is the customer's own verified name. */
    public record Result(boolean customersOwnName) {}
}
