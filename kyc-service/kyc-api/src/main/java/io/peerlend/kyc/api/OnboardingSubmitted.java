package io.peerlend.kyc.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A customer gave their identity. {@code personalData} holds name, date of birth, nationality, address, contact
 * and the document as read; {@code documentType} and the outcome of the checks are not personal.
 */
public record OnboardingSubmitted(String customerId, Set<CustomerRole> roles, Sealed personalData,
                                  String documentType, boolean documentValid, Sealed documentFailures,
                                  String screeningDecision, List<ScreeningHit> screeningHits, String listsVersion,
                                  RiskRating riskRating, List<String> riskFactors, Instant submittedAt) {
}
