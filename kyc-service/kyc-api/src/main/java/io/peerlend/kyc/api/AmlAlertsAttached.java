package io.peerlend.kyc.api;

import java.util.List;

/** More alerts on a customer whose case is still open. */
public record AmlAlertsAttached(String caseId, List<AmlAlert> alerts) {}
