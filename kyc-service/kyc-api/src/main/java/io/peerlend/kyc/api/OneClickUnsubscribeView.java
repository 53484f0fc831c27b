package io.peerlend.kyc.api;

/** What a one-click unsubscribe link switched off (every other choice of the customer stays). */
public record OneClickUnsubscribeView(NotificationTopic switchedOff) {}
