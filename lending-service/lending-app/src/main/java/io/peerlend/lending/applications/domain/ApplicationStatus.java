package io.peerlend.lending.applications.domain;

/** Where an application is in its life; later stages arrive with matching. */
public enum ApplicationStatus {
    /** waiting for the KYC service to verify the borrower */
    SUBMITTED,
    /** the borrower is verified: waiting for its credit decision */
    IDENTITY_CONFIRMED,
    SCORED,
    /** a quote (rate, APR, schedule, pre-contract information) waits for the borrower's acceptance */
    QUOTED,
    /** the borrower accepted the quote: the market matches the loan */
    ACCEPTED,
    /** the market funded the loan; disbursement follows */
    FUNDED,
    DECLINED,
    /** the borrower withdrew it before accepting */
    WITHDRAWN,
    /** the quote lapsed and was not renewed within the grace period */
    EXPIRED
}
