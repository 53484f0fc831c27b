package io.peerlend.kyc.api;

import java.util.List;

/**
 * What screening and the risk assessment found about a customer: whom on a list they resemble, and their risk factors
 * (a politically exposed person, a high-risk country). Sensitive and personal: in events and read models only sealed
 * with the customer's key, shown to staff only.
 */
public record ScreeningFindings(List<ScreeningHit> hits, List<String> riskFactors) {

    public ScreeningFindings {
        hits = hits == null ? List.of() : List.copyOf(hits);
        riskFactors = riskFactors == null ? List.of() : List.copyOf(riskFactors);
    }
}
