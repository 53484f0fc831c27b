package io.peerlend.kyc.api;

import java.util.List;

/** What an onboarding or an officer's decision led to. */
public record DecisionResult(String customerId, CustomerStatus status, List<String> reasons) {}
