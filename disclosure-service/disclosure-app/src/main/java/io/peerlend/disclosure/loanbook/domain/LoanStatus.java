package io.peerlend.disclosure.loanbook.domain;

/** A loan's state as disclosure reports it. */
public enum LoanStatus {
    AWAITING_DISBURSEMENT,
    ACTIVE,
    REPAID,
    DEFAULTED,
    WITHDRAWN,
    CANCELLED
}
