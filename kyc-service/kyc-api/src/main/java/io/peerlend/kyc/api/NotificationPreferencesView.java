package io.peerlend.kyc.api;

import java.util.List;
import java.util.Set;

/** The customer's notification preferences, with every topic they may be told about and whether it is optional. */
public record NotificationPreferencesView(String language, Set<NotificationTopic> optedOut, List<Topic> topics) {

    public record Topic(NotificationTopic topic, boolean required) {}
}
