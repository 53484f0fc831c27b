package io.peerlend.kyc.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Stop one optional topic and keep every other choice: what a one-click unsubscribe (RFC 8058) from a mail asks. Doing
 * it twice changes nothing.
 */
public record SwitchOffTopic(@TargetAggregateIdentifier String customerId, NotificationTopic topic) {}
