package io.peerlend.lending.api;

public enum EmploymentStatus {
    EMPLOYED,
    SELF_EMPLOYED,
    UNEMPLOYED,
    RETIRED
}
