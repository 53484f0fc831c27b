package io.peerlend.scoring.api;

/** Instalment credit the applicant pays elsewhere. */
public enum OtherInstalmentPlans {
    BANK,
    STORES,
    NONE
}
