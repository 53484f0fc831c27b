package io.peerlend.lending.api.events;

import io.peerlend.lending.api.ApplicantDeclarations;
import io.peerlend.lending.api.Circumstances;
import io.peerlend.lending.api.IncomeBands;
import io.peerlend.lending.api.LoanPurpose;
import io.peerlend.lending.api.MonthlyFinances;
import java.time.Instant;

/**
 * A loan application was accepted for processing. Amounts are minor units of {@code currency}.
 *
 * @param finances           null since declarations are sealed; events stored before that carry them in plain text
 * @param circumstances      likewise
 * @param sealedDeclarations the borrower's {@link ApplicantDeclarations}, sealed with their key in the lending
 *                           service's vault: unreadable for good once the borrower is erased
 * @param incomeBand         the declared annual net income as a band ({@link IncomeBands}), for disclosure
 */
public record LoanApplicationSubmitted(
        String applicationId,
        String borrowerId,
        long amountMinor,
        String currency,
        int termMonths,
        LoanPurpose purpose,
        MonthlyFinances finances,
        Circumstances circumstances,
        Instant submittedAt,
        String sealedDeclarations,
        String incomeBand) {

    /** The shape stored before declarations were sealed. */
    public LoanApplicationSubmitted(
            String applicationId,
            String borrowerId,
            long amountMinor,
            String currency,
            int termMonths,
            LoanPurpose purpose,
            MonthlyFinances finances,
            Circumstances circumstances,
            Instant submittedAt) {
        this(
                applicationId,
                borrowerId,
                amountMinor,
                currency,
                termMonths,
                purpose,
                finances,
                circumstances,
                submittedAt,
                null,
                finances == null ? null : IncomeBands.of(finances.netIncome(), currency));
    }

    /** The income band, whichever shape the event was stored in. */
    public String incomeBandOrDerived() {
        if (incomeBand != null) {
            return incomeBand;
        }
        return IncomeBands.of(finances == null ? null : finances.netIncome(), currency);
    }
}
