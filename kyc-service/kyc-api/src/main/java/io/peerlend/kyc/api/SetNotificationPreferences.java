package io.peerlend.kyc.api;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The customer's language for what they are told, and the topics they do not want (never a required one). */
public record SetNotificationPreferences(
        @TargetAggregateIdentifier String customerId, String language, Set<NotificationTopic> optedOut) {}
