package io.peerlend.kyc.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Set;

/** A customer's notification preferences: {@code en-GB} or {@code zh-CN}, and the optional topics to leave out. */
public record NotificationPreferencesRequest(
        @NotNull @Pattern(regexp = "en-GB|zh-CN", message = "must be en-GB or zh-CN")
        String language,

        @NotNull Set<NotificationTopic> optedOut) {}
