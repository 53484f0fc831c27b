package io.peerlend.kyc.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A customer as the customer or staff see it. {@code personal} is null once erased; staff see it masked.
 * {@code screeningHits} and the reasons are shown to staff only. {@code evidence}: what showed who they are (empty for
 * onboardings recorded before it was). {@code sourceOfFunds}: what the customer declared (null until they do).
 * {@code relatedParty}: how they are related to the platform, as declared or set by an officer (null: not related).
 */
public record CustomerView(
        String customerId,
        CustomerStatus status,
        Set<CustomerRole> roles,
        RiskRating riskRating,
        List<String> riskFactors,
        List<String> reasons,
        LocalDate reverifyBy,
        List<ScreeningHit> screeningHits,
        String clearanceProposedBy,
        PersonalDetails personal,
        Instant submittedAt,
        Instant updatedAt,
        List<IdentityEvidence> evidence,
        SourceOfFundsRequest sourceOfFunds,
        RelatedParty relatedParty) {}
