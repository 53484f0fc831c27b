package io.peerlend.scoring.decisions.web;

import io.peerlend.scoring.api.CreditDecision;
import io.peerlend.scoring.api.ScoreRequest;
import io.peerlend.scoring.decisions.CreditDecisions;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
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

    @Operation(summary = "Grade an applicant: affordability, then the scorecard (lending service, ops)")
    @PostMapping("/api/scoring/scores")
    CreditDecision score(@Valid @RequestBody ScoreRequest request, @AuthenticationPrincipal Jwt caller) {
        return decisions.decide(request, caller.getSubject());
    }
}
