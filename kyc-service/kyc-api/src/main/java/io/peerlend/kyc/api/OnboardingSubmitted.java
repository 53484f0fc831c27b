package io.peerlend.kyc.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A customer gave their identity. {@code personalData} holds name, date of birth, nationality, address, contact
 * and the document as read; {@code documentType} and the outcome of the checks are not personal.
 *
 * @param screening the screening hits and risk factors ({@link ScreeningFindings}) sealed with the customer's key
 *     (null in events stored before, which carry them in plain text)
 * @param evidence what showed the customer is who they say (null in events stored before it was recorded)
 */
public record OnboardingSubmitted(
        String customerId,
        Set<CustomerRole> roles,
        Sealed personalData,
        String documentType,
        boolean documentValid,
        Sealed documentFailures,
        String screeningDecision,
        List<ScreeningHit> screeningHits,
        String listsVersion,
        RiskRating riskRating,
        List<String> riskFactors,
        Instant submittedAt,
        Sealed screening,
        List<IdentityEvidence> evidence) {

    /** The shape before {@code evidence} was added (null in events stored before: not recorded then). */
    public OnboardingSubmitted(
            String customerId,
            Set<CustomerRole> roles,
            Sealed personalData,
            String documentType,
            boolean documentValid,
            Sealed documentFailures,
            String screeningDecision,
            List<ScreeningHit> screeningHits,
            String listsVersion,
            RiskRating riskRating,
            List<String> riskFactors,
            Instant submittedAt,
            Sealed screening) {
        this(
                customerId,
                roles,
                personalData,
                documentType,
                documentValid,
                documentFailures,
                screeningDecision,
                screeningHits,
                listsVersion,
                riskRating,
                riskFactors,
                submittedAt,
                screening,
                null);
    }

    /** The shape before the {@code screening} was added. */
    public OnboardingSubmitted(
            String customerId,
            Set<CustomerRole> roles,
            Sealed personalData,
            String documentType,
            boolean documentValid,
            Sealed documentFailures,
            String screeningDecision,
            List<ScreeningHit> screeningHits,
            String listsVersion,
            RiskRating riskRating,
            List<String> riskFactors,
            Instant submittedAt) {
        this(
                customerId,
                roles,
                personalData,
                documentType,
                documentValid,
                documentFailures,
                screeningDecision,
                screeningHits,
                listsVersion,
                riskRating,
                riskFactors,
                submittedAt,
                null);
    }
}
