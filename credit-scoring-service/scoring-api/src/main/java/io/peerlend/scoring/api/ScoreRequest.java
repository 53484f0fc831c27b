package io.peerlend.scoring.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/scoring/scores}.
 *
 * @param applicationId the lending service's application id, for the score log (optional for ops' what-if scores)
 * @param amount        the loan amount as a decimal string
 * @param bureauSubject who to look up at the credit bureau; without it the decision uses declared data only (the
 *                      lending service only: staff may not search the bureau)
 * @param purpose       why a member of staff asks for this score (required of staff, recorded in the audit trail);
 *                      a staff score is a what-if and stays out of the model's monitoring
 */
public record ScoreRequest(
        @Size(max = 64, message = "must be at most 64 characters")
        String applicationId,

        @NotBlank(message = "is required")
        @Pattern(regexp = Finances.AMOUNT, message = "must be a decimal amount such as \"5000.00\"")
        String amount,

        @NotNull(message = "is required") @Valid Applicant applicant,
        @NotNull(message = "is required") @Valid Finances finances,
        @Valid BureauSubject bureauSubject,

        @Size(max = 200, message = "must be at most 200 characters")
        String purpose) {

    /** The lending service's request for an application (no staff purpose). */
    public ScoreRequest(
            String applicationId, String amount, Applicant applicant, Finances finances, BureauSubject bureauSubject) {
        this(applicationId, amount, applicant, finances, bureauSubject, null);
    }
}
