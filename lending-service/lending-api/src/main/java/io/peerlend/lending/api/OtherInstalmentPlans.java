package io.peerlend.lending.api;

/** Instalment credit the applicant pays elsewhere. */
public enum OtherInstalmentPlans {
    BANK,
    STORES,
    NONE
}
