package io.peerlend.kyc.notifications;

import com.interaso.webpush.VapidKeys;
import com.interaso.webpush.WebPush;
import com.interaso.webpush.WebPushService;
import io.peerlend.kyc.api.PushSubscriptionRequest;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@link Pusher} over the Web Push protocol (RFC 8030) with the library {@code com.interaso:webpush}: the payload
 * encrypted for the device (RFC 8291, aes128gcm) and the request signed with the platform's VAPID key (RFC 8292), so
 * the push service knows who sends and the device alone can read it. A day's time to live: a phone that is off for
 * longer does not need yesterday's reminder. A 404 or 410 from the push service means the subscription is gone.
 */
@Component
class VapidPusher implements Pusher {

    private static final int ONE_DAY = 24 * 60 * 60;

    private final WebPushService service;

    VapidPusher(
            @Value("${peerlend.kyc.push.public-key}") String publicKey,
            @Value("${peerlend.kyc.push.private-key}") String privateKey,
            @Value("${peerlend.kyc.push.subject}") String subject) {
        this.service = new WebPushService(subject, VapidKeys.create(urlSafe(publicKey), urlSafe(privateKey)));
    }

    /** The keys are configured as openssl prints them (DER in base64); the library reads base64url. */
    private static String urlSafe(String base64) {
        return base64.trim().replace('+', '-').replace('/', '_').replace("=", "");
    }

    /** The public key as browsers take it ({@code applicationServerKey}): base64url of the uncompressed point. */
    String applicationServerKey() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(service.getVapidKeys().getApplicationServerKey());
    }

    @Override
    public Outcome push(PushSubscriptionRequest device, String payload) {
        WebPush.SubscriptionState state = service.send(
                payload, device.endpoint(), device.p256dh(), device.auth(), ONE_DAY, null, WebPush.Urgency.Normal);
        return state == WebPush.SubscriptionState.ACTIVE ? Outcome.DELIVERED : Outcome.GONE;
    }
}
