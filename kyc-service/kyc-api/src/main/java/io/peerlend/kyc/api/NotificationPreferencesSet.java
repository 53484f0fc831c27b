package io.peerlend.kyc.api;

import java.time.Instant;
import java.util.Set;

/** The customer chose the language of their notifications and the topics they do not want. */
public record NotificationPreferencesSet(
        String customerId, String language, Set<NotificationTopic> optedOut, Instant setAt) {}
