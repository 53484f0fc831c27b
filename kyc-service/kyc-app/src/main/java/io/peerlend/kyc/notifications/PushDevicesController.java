package io.peerlend.kyc.notifications;

import io.peerlend.kyc.api.AddPushSubscription;
import io.peerlend.kyc.api.PushDevicesView;
import io.peerlend.kyc.api.PushSubscriptionRequest;
import io.peerlend.kyc.api.RemovePushSubscription;
import io.peerlend.kyc.customers.PersonalData;
import io.peerlend.kyc.customers.domain.CustomerRuleBroken;
import io.peerlend.kyc.customers.readmodel.CustomerReadModel;
import io.peerlend.platform.web.RequestRejectedException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's devices that receive web push (docs/notifications.md, "Web push"). The service will later POST to the
 * endpoint a device gives, so only the browsers' push services are accepted ({@code peerlend.kyc.push.allowed-hosts},
 * over HTTPS): anything else would let a customer make the service call an address of their choosing.
 */
@RestController
class PushDevicesController {

    private static final String PATH = "/api/kyc/customers/me/push-subscriptions";

    private final CommandGateway commands;
    private final CustomerReadModel customers;
    private final PersonalData personalData;
    private final MongoTemplate mongo;
    private final VapidPusher pusher;
    private final Clock clock;
    private final List<String> allowedHosts;

    PushDevicesController(
            CommandGateway commands,
            CustomerReadModel customers,
            PersonalData personalData,
            MongoTemplate mongo,
            VapidPusher pusher,
            Clock clock,
            @Value("${peerlend.kyc.push.allowed-hosts}") List<String> allowedHosts) {
        this.commands = commands;
        this.customers = customers;
        this.personalData = personalData;
        this.mongo = mongo;
        this.pusher = pusher;
        this.clock = clock;
        this.allowedHosts = List.copyOf(allowedHosts);
    }

    @Operation(summary = "The platform's web push key and your devices that receive push (roles borrower, lender)")
    @GetMapping(PATH)
    PushDevicesView mine(@AuthenticationPrincipal Jwt caller) {
        String me = onboarded(caller);
        List<PushDevicesView.Device> devices = mongo
                .find(Query.query(Criteria.where("customerId").is(me)), Deliveries.Device.class, Deliveries.DEVICES)
                .stream()
                .map(d -> new PushDevicesView.Device(d.deviceId(), d.since()))
                .toList();
        return new PushDevicesView(pusher.applicationServerKey(), devices);
    }

    @Operation(
            summary = "Receive notifications on this device by web push: the browser's push subscription (roles"
                    + " borrower, lender; at most five devices)")
    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.CREATED)
    PushDevicesView.Device subscribe(
            @Valid @RequestBody PushSubscriptionRequest request, @AuthenticationPrincipal Jwt caller) {
        String me = onboarded(caller);
        check(request);
        String device = deviceId(request.endpoint());
        try {
            commands.sendAndWait(new AddPushSubscription(me, device, personalData.seal(me, request)));
        } catch (CustomerRuleBroken e) {
            throw new RequestRejectedException("endpoint", e.getMessage());
        }
        return new PushDevicesView.Device(device, clock.instant());
    }

    @Operation(summary = "Stop web push to one of your devices (roles borrower, lender)")
    @DeleteMapping(PATH + "/{deviceId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unsubscribe(@PathVariable String deviceId, @AuthenticationPrincipal Jwt caller) {
        commands.sendAndWait(new RemovePushSubscription(onboarded(caller), deviceId, "CUSTOMER"));
    }

    private void check(PushSubscriptionRequest request) {
        URI endpoint;
        try {
            endpoint = URI.create(request.endpoint());
        } catch (IllegalArgumentException e) {
            throw new RequestRejectedException("endpoint", "not an address");
        }
        String host = endpoint.getHost() == null ? "" : endpoint.getHost();
        boolean allowed = allowedHosts.stream()
                .anyMatch(a -> a.startsWith("*.") ? host.endsWith(a.substring(1)) : host.equals(a));
        // plain HTTP only to a push service on loopback, and only where the configuration lists 127.0.0.1 (the tests)
        boolean secure =
                "https".equals(endpoint.getScheme()) || "http".equals(endpoint.getScheme()) && host.equals("127.0.0.1");
        if (!secure || !allowed) {
            throw new RequestRejectedException("endpoint", "not the address of a browser's push service");
        }
        byte[] key = decode(request.p256dh(), "p256dh");
        if (key.length != 65 || key[0] != 4) {
            throw new RequestRejectedException("p256dh", "not an uncompressed P-256 public key");
        }
        if (decode(request.auth(), "auth").length != 16) {
            throw new RequestRejectedException("auth", "not a 16-byte authentication secret");
        }
    }

    private static byte[] decode(String base64url, String field) {
        try {
            return Base64.getUrlDecoder().decode(base64url.replace("=", ""));
        } catch (IllegalArgumentException e) {
            throw new RequestRejectedException(field, "not base64url");
        }
    }

    /** The same endpoint is the same device: subscribing again refreshes its keys instead of adding a device. */
    static String deviceId(String endpoint) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(endpoint.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String onboarded(Jwt caller) {
        String me = caller.getSubject();
        customers.find(me).orElseThrow(() -> new NoSuchElementException("you have not given your identity yet"));
        return me;
    }
}
