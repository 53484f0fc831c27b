package io.peerlend.lending.applications.domain;

/** Where an application is in its life; later stages arrive with KYC, scoring and matching. */
public enum ApplicationStatus {
    SUBMITTED
}
