package io.peerlend.kyc.api;

import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a customer's identity with the outcome of the document checks, the sanctions screening and the risk
 * assessment, all done before the command is sent; the customer decides verified, referred or rejected from them.
 * {@code documentProvesIdentity} is false for documents that state neither a name nor a date of birth (a UK NINO, a
 * mainland travel permit's number: {@link DocumentType#provesIdentity()}).
 *
 * @param screening the screening hits and risk factors ({@link ScreeningFindings}) sealed with the customer's key,
 *     for the event; the plain ones are for the decision only
 */
public record SubmitOnboarding(
        @TargetAggregateIdentifier String customerId,
        Set<CustomerRole> roles,
        Sealed personalData,
        String documentType,
        boolean documentProvesIdentity,
        boolean documentValid,
        Sealed documentFailures,
        String screeningDecision,
        List<ScreeningHit> screeningHits,
        String listsVersion,
        RiskRating riskRating,
        List<String> riskFactors,
        Sealed screening,
        List<IdentityEvidence> evidence) {

    public SubmitOnboarding {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** The shape before {@code evidence} was added: a valid document that states its holder was the only kind. */
    public SubmitOnboarding(
            String customerId,
            Set<CustomerRole> roles,
            Sealed personalData,
            String documentType,
            boolean documentProvesIdentity,
            boolean documentValid,
            Sealed documentFailures,
            String screeningDecision,
            List<ScreeningHit> screeningHits,
            String listsVersion,
            RiskRating riskRating,
            List<String> riskFactors,
            Sealed screening) {
        this(
                customerId,
                roles,
                personalData,
                documentType,
                documentProvesIdentity,
                documentValid,
                documentFailures,
                screeningDecision,
                screeningHits,
                listsVersion,
                riskRating,
                riskFactors,
                screening,
                documentProvesIdentity && documentValid ? List.of(IdentityEvidence.DOCUMENT) : List.of());
    }

    /** The shape before the {@code screening} was added. */
    public SubmitOnboarding(
            String customerId,
            Set<CustomerRole> roles,
            Sealed personalData,
            String documentType,
            boolean documentProvesIdentity,
            boolean documentValid,
            Sealed documentFailures,
            String screeningDecision,
            List<ScreeningHit> screeningHits,
            String listsVersion,
            RiskRating riskRating,
            List<String> riskFactors) {
        this(
                customerId,
                roles,
                personalData,
                documentType,
                documentProvesIdentity,
                documentValid,
                documentFailures,
                screeningDecision,
                screeningHits,
                listsVersion,
                riskRating,
                riskFactors,
                null);
    }
}
