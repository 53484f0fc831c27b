package io.peerlend.lending.api;

import io.peerlend.lending.api.events.LoanApplicationSubmitted;

/**
 * What a borrower declared about themselves for a credit decision: personal data, so it travels in events only sealed
 * with the borrower's key ({@link LoanApplicationSubmitted#sealedDeclarations()}), as this record's JSON.
 */
public record ApplicantDeclarations(MonthlyFinances finances, Circumstances circumstances) {}
