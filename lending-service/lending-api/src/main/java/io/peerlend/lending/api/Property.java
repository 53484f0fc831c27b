package io.peerlend.lending.api;

/** The most valuable property the applicant owns. */
public enum Property {
    HOME,
    LIFE_INSURANCE_OR_SAVINGS_PLAN,
    CAR_OR_OTHER,
    NONE
}
