package io.peerlend.lending.api;

/**
 * Naming of lender accounts in the event store. Aggregate identifiers are unique across the whole shared store (all
 * services, all aggregate types), and a lender's customer id already names their KYC record, so the account's id is
 * prefixed.
 */
public final class LenderAccounts {

    private LenderAccounts() {}

    public static String idFor(String lenderId) {
        return "lender-account:" + lenderId;
    }
}
