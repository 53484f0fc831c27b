package io.peerlend.lending.quotes.domain;

/**
 * The sentences of the pre-contract information that differ by jurisdiction, as the profile words them (with its own
 * numbers: the cooling-off period, the late fee, the default rule): shown to borrowers as they are.
 */
public record PreContractTerms(String missedPayments, String defaultRule, String withdrawal, String earlyRepayment) {}
