package io.peerlend.lending.applications.domain;

/** Where an application is in its life; later stages arrive with KYC and matching. */
public enum ApplicationStatus {
    /** waiting for its credit decision */
    SUBMITTED,
    SCORED,
    DECLINED
}
