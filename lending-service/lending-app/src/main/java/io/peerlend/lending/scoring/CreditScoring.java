package io.peerlend.lending.scoring;

import io.peerlend.scoring.api.CreditDecision;
import io.peerlend.scoring.api.ScoreRequest;

/** The port to the credit scoring service. */
public interface CreditScoring {

    /**
     * @throws ScoringUnavailableException when no decision could be had (the application waits and is retried)
     */
    CreditDecision decide(ScoreRequest request);
}
