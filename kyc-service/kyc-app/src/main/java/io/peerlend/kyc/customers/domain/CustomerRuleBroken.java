package io.peerlend.kyc.customers.domain;

/** A command the customer's current state does not allow; nothing is recorded. */
public class CustomerRuleBroken extends RuntimeException {

    public CustomerRuleBroken(String reason) {
        super(reason);
    }
}
