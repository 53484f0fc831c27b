package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.ApplicantDeclarations;
import io.peerlend.lending.api.Circumstances;
import io.peerlend.lending.api.IncomeBands;
import io.peerlend.lending.api.LoanPurpose;
import io.peerlend.lending.api.MonthlyFinances;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A borrower asks to borrow {@code amountMinor} (minor units of {@code currency}) over {@code termMonths}. Their
 * declarations arrive sealed ({@link ApplicantDeclarations}, sealed by the caller with the borrower's key) with the
 * income band disclosure may publish; {@code finances} and {@code circumstances} in plain text are for tests of the
 * old shape only.
 */
public record SubmitLoanApplication(
        @TargetAggregateIdentifier String applicationId,
        String borrowerId,
        long amountMinor,
        String currency,
        int termMonths,
        LoanPurpose purpose,
        MonthlyFinances finances,
        Circumstances circumstances,
        String sealedDeclarations,
        String incomeBand) {

    public SubmitLoanApplication(
            String applicationId,
            String borrowerId,
            long amountMinor,
            String currency,
            int termMonths,
            LoanPurpose purpose,
            MonthlyFinances finances,
            Circumstances circumstances) {
        this(
                applicationId,
                borrowerId,
                amountMinor,
                currency,
                termMonths,
                purpose,
                finances,
                circumstances,
                null,
                finances == null ? null : IncomeBands.of(finances.netIncome(), currency));
    }
}
