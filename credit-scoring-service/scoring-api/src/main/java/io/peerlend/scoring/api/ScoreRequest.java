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
 * @param bureauSubject who to look up at the credit bureau; without it the decision uses declared data only
 */
public record ScoreRequest(
        @Size(max = 64, message = "must be at most 64 characters") String applicationId,
        @NotBlank(message = "is required") @Pattern(regexp = Finances.AMOUNT, message = "must be a decimal amount such as \"5000.00\"")
        String amount,
        @NotNull(message = "is required") @Valid Applicant applicant,
        @NotNull(message = "is required") @Valid Finances finances,
        @Valid BureauSubject bureauSubject) {
}
