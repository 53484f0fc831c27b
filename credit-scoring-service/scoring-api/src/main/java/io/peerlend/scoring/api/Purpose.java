package io.peerlend.scoring.api;

/** The loan's purpose, in the lending service's terms. */
public enum Purpose {
    DEBT_CONSOLIDATION,
    HOME_IMPROVEMENT,
    CAR,
    EDUCATION,
    WEDDING,
    HOLIDAY,
    MEDICAL,
    BUSINESS,
    OTHER
}
