package io.peerlend.lending.api;

/**
 * Naming of borrower exposures in the event store: one aggregate per borrower holds what they owe and have been
 * promised on the platform, the consistency boundary of the borrowing cap. Prefixed because aggregate identifiers are
 * unique across the whole shared store and the customer id already names their KYC record.
 */
public final class BorrowerExposures {

    private BorrowerExposures() {}

    public static String idFor(String borrowerId) {
        return "borrower-exposure:" + borrowerId;
    }
}
