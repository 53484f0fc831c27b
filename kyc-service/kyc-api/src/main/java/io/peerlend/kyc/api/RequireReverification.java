package io.peerlend.kyc.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the daily re-verification job for customers whose {@code reverifyBy} date has come. */
public record RequireReverification(
        @TargetAggregateIdentifier String customerId, LocalDate today) {}
