package io.peerlend.lending.api;

/**
 * Naming of loans in the event store. A loan keeps its application's id in every event (what borrowers and lenders
 * see); its aggregate id is prefixed because aggregate identifiers are unique across the whole shared store.
 */
public final class Loans {

    private Loans() {}

    public static String idFor(String loanId) {
        return "loan:" + loanId;
    }
}
