package io.peerlend.kyc.customers.domain;

import io.peerlend.kyc.api.CustomerStatus;
import io.peerlend.kyc.api.IdentityEvidence;
import io.peerlend.kyc.api.RiskRating;
import io.peerlend.kyc.api.SubmitOnboarding;
import java.util.ArrayList;
import java.util.List;

/**
 * From checks to an outcome. A strong sanctions match blocks whatever else is true; a failed document rejects (the
 * customer may try again); anything a person must judge refers; otherwise verified. Reasons name no personal data.
 */
public final class OnboardingPolicy {

    public static final String STRONG_MATCH = "strong match on a sanctions list: two officers must review";
    public static final String POSSIBLE_MATCH = "possible match on a sanctions list";
    public static final String DOCUMENT_FAILED = "the identity document failed its checks";
    public static final String DOCUMENT_INSUFFICIENT =
            "the document carries no name or date of birth: identity must be checked by an officer";
    public static final String HIGH_RISK = "high risk: enhanced due diligence";

    public record Outcome(CustomerStatus status, List<String> reasons) {}

    public Outcome decide(SubmitOnboarding c) {
        if ("BLOCK".equals(c.screeningDecision())) {
            List<String> reasons = new ArrayList<>(List.of(STRONG_MATCH));
            if (!c.documentValid()) {
                reasons.add(DOCUMENT_FAILED);
            }
            return new Outcome(CustomerStatus.BLOCKED, reasons);
        }
        if (!c.documentValid()) {
            return new Outcome(CustomerStatus.REJECTED, List.of(DOCUMENT_FAILED));
        }
        List<String> reasons = new ArrayList<>();
        if ("REVIEW".equals(c.screeningDecision())) {
            reasons.add(POSSIBLE_MATCH);
        }
        // a document that states nobody is enough only with another kind of evidence (the chip needs a document that
        // does)
        if (!c.documentProvesIdentity() && !c.evidence().contains(IdentityEvidence.ELECTRONIC)) {
            reasons.add(DOCUMENT_INSUFFICIENT);
        }
        if (c.riskRating() == RiskRating.HIGH) {
            reasons.add(HIGH_RISK);
        }
        return new Outcome(reasons.isEmpty() ? CustomerStatus.VERIFIED : CustomerStatus.IN_REVIEW, reasons);
    }
}
