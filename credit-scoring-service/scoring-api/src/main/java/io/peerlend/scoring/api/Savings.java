package io.peerlend.scoring.api;

/** Savings the applicant holds, in bands of the jurisdiction profile's currency (see the model card). */
public enum Savings {
    NONE,
    LOW,
    MODERATE,
    GOOD,
    HIGH
}
