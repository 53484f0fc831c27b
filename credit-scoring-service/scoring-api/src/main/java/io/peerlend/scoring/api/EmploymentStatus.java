package io.peerlend.scoring.api;

public enum EmploymentStatus {
    EMPLOYED,
    SELF_EMPLOYED,
    UNEMPLOYED,
    RETIRED
}
