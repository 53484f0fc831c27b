package io.peerlend.kyc.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The result of screening a customer again after the lists were reloaded. */
public record RecordRescreening(@TargetAggregateIdentifier String customerId, String decision, List<ScreeningHit> hits,
                                String listsVersion) {
}
