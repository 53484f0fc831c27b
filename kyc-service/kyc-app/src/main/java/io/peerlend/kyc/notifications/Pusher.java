package io.peerlend.kyc.notifications;

import io.peerlend.kyc.api.PushSubscriptionRequest;

/** The web push port: one notification to one device's push service (RFC 8030), encrypted for that device. */
public interface Pusher {

    /** What the push service said: taken, or the subscription is gone (the device unsubscribed or expired). */
    enum Outcome {
        DELIVERED,
        GONE
    }

    /** @param payload the JSON the app's service worker shows: {@code {"title", "body", "url"}} */
    Outcome push(PushSubscriptionRequest device, String payload);
}
