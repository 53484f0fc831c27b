package io.peerlend.lending.api;

/** Why a borrower wants the money; also a scoring input. */
public enum LoanPurpose {
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
