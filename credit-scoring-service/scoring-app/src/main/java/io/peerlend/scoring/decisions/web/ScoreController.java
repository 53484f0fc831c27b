package io.peerlend.scoring.decisions.web;

import io.peerlend.platform.security.Roles;
import io.peerlend.platform.web.RequestRejectedException;
import io.peerlend.scoring.api.CreditDecision;
import io.peerlend.scoring.api.ScoreRequest;
import io.peerlend.scoring.decisions.CreditDecisions;
import io.peerlend.scoring.decisions.readmodel.ScoreLog;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ScoreController {

    private final CreditDecisions decisions;

    ScoreController(CreditDecisions decisions) {
        this.decisions = decisions;
    }

    @Operation(
            summary =
                    "Grade an applicant: affordability, then the scorecard (the lending service for an "
                            + "application; ops for a what-if with a stated purpose, declared data only, audited, kept out of monitoring)")
    @PostMapping("/api/scoring/scores")
    CreditDecision score(
            @Valid @RequestBody ScoreRequest request, @AuthenticationPrincipal Jwt caller, Authentication auth) {
        if (Roles.has(auth, Roles.SERVICE)) {
            return decisions.decide(request, caller.getSubject(), ScoreLog.Kind.APPLICATION);
        }
        // staff: an insider alone must not search anyone's credit file or skew what regulators are shown
        if (request.purpose() == null || request.purpose().isBlank()) {
            throw new RequestRejectedException("purpose", "staff scores need a purpose (it is recorded)");
        }
        if (request.bureauSubject() != null) {
            throw new RequestRejectedException(
                    "bureauSubject",
                    "staff scores use declared data only: the credit bureau is searched for loan applications alone");
        }
        return decisions.decide(request, caller.getSubject(), ScoreLog.Kind.STAFF_WHAT_IF);
    }
}
