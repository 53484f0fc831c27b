package io.peerlend.kyc.api;

import java.time.Instant;
import java.util.List;

/** Monitoring raised alerts on a customer's money: a case for operations staff. */
public record AmlCaseOpened(String caseId, String customerId, List<AmlAlert> alerts, Instant openedAt) {}
