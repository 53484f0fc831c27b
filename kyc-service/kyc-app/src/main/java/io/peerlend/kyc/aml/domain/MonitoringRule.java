package io.peerlend.kyc.aml.domain;

import io.peerlend.kyc.api.AmlAlert;
import java.util.List;
import java.util.Optional;

/** One named AML rule, looking at a customer's recent movements when a new one arrives. */
public interface MonitoringRule {

    /** @param history the customer's movements in time order, the latest included */
    Optional<AmlAlert> check(List<MoneyMovement> history, MoneyMovement latest, MonitoringProfile profile);
}
