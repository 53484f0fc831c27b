package io.peerlend.kyc.aml.domain;

import io.peerlend.kyc.api.AmlAlert;
import java.time.Instant;

/** Money moving for one customer, as monitoring sees it: minor units of one currency. */
public record MoneyMovement(String id, Kind kind, long amountMinor, String currency, Instant at) {

    public enum Kind {
        DEPOSIT,
        WITHDRAWAL,
        LENT
    }

    AmlAlert.Evidence evidence() {
        return new AmlAlert.Evidence(id, kind.name(), amountMinor, currency, at);
    }
}
