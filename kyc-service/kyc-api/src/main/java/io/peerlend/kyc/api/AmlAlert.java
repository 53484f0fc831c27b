package io.peerlend.kyc.api;

import java.time.Instant;
import java.util.List;

/** What a monitoring rule saw, in words, with the money movements that show it. */
public record AmlAlert(String rule, String description, List<Evidence> evidence, Instant raisedAt) {

    public AmlAlert {
        evidence = List.copyOf(evidence);
    }

    /** One movement: a deposit, a withdrawal or money lent, by its payment or loan id. */
    public record Evidence(String movementId, String kind, long amountMinor, String currency, Instant at) {}
}
