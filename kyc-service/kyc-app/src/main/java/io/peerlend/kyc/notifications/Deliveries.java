package io.peerlend.kyc.notifications;

import io.peerlend.kyc.api.NotificationTopic;
import io.peerlend.kyc.api.PersonalDetails;
import io.peerlend.kyc.api.PushSubscriptionRequest;
import io.peerlend.kyc.api.RemovePushSubscription;
import io.peerlend.kyc.api.Sealed;
import io.peerlend.kyc.customers.PersonalData;
import io.peerlend.kyc.notifications.NotificationTexts.Facts;
import io.peerlend.kyc.notifications.NotificationTexts.Text;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends each notification at most once: a notification is one event for one recipient, recorded in
 * {@code notifications_sent} when it was sent (or deliberately not: no contact, erased, switched off). A replay, or
 * an event delivered again, finds the record and sends nothing. The one gap is a crash after the relay took the mail
 * and before the record was written: the mail then goes again with the same Message-ID, which mail clients show once.
 * Events from before notifications first started are history, never mailed: the first start records its instant.
 */
@Component
class Deliveries {

    static final String SENT = "notifications_sent";
    static final String STARTED = "notifications_started";
    static final String LINKS = "notification_unsubscribe_links";
    static final String DEVICES = "notification_push_devices";
    static final String ONE_CLICK_PATH = "/public/kyc/unsubscribe/";

    /** A customer's contact details (sealed with their key) and their choices. */
    record Contact(String id, Sealed personalData, String language, Set<NotificationTopic> optedOut) {}

    /** What became of one notification. */
    record Sent(String id, NotificationTopic topic, String outcome, Instant at) {}

    record Started(String id, Instant at) {}

    /**
     * What a one-click unsubscribe link switches off. Stored under the hash of the link's token, so the collection
     * alone cannot switch anything off.
     */
    record Link(String id, String customerId, NotificationTopic topic, Instant at) {}

    /** A device of a customer's that receives web push, its subscription sealed with the customer's key. */
    record Device(String id, String customerId, String deviceId, Sealed subscription, Instant since) {}

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoTemplate mongo;
    private final Mailer mailer;
    private final Pusher pusher;
    private final CommandGateway commands;
    private final JsonMapper json;
    private final PersonalData personalData;
    private final Clock clock;
    private final String defaultLanguage;
    private final String staffAddress;
    private final String webUrl;
    private Instant startedAt;

    Deliveries(
            MongoTemplate mongo,
            Mailer mailer,
            Pusher pusher,
            CommandGateway commands,
            JsonMapper json,
            PersonalData personalData,
            Clock clock,
            @Value("${peerlend.kyc.notifications.default-language}") String defaultLanguage,
            @Value("${peerlend.kyc.notifications.staff-address}") String staffAddress,
            @Value("${peerlend.kyc.notifications.web-url}") String webUrl) {
        this.mongo = mongo;
        this.mailer = mailer;
        this.pusher = pusher;
        this.commands = commands;
        this.json = json;
        this.personalData = personalData;
        this.clock = clock;
        this.defaultLanguage = defaultLanguage;
        this.staffAddress = staffAddress;
        this.webUrl = webUrl;
    }

    void toCustomer(String eventId, Instant at, String customerId, Facts facts) {
        String id = eventId + "/" + customerId;
        if (history(at) || recorded(id)) {
            return;
        }
        Contact contact = mongo.findById(customerId, Contact.class, Notifier.CONTACTS);
        Optional<String> address = address(contact);
        if (address.isEmpty()) {
            // never onboarded, or erased: there is nobody to write to
            record(id, facts.topic(), "NO_CONTACT");
            return;
        }
        if (!facts.topic().required()
                && contact.optedOut() != null
                && contact.optedOut().contains(facts.topic())) {
            record(id, facts.topic(), "SWITCHED_OFF");
            return;
        }
        String language = contact.language() == null ? defaultLanguage : contact.language();
        Text text = send(
                id, address.get(), language, facts, facts.topic().required() ? "" : oneClickLink(customerId, facts));
        push(customerId, text);
    }

    /**
     * The same notification to each of the customer's devices that receive web push, after the mail went: the title
     * and the one sentence, no more than the mail says. Push is a courtesy beside the mail, so a push service that
     * fails loses that one push (logged) rather than hold up everyone's mail; a device whose subscription is gone is
     * removed.
     */
    private void push(String customerId, Text text) {
        List<Device> devices =
                mongo.find(Query.query(Criteria.where("customerId").is(customerId)), Device.class, DEVICES);
        for (Device device : devices) {
            Optional<PushSubscriptionRequest> subscription = personalData.openPushSubscription(device.subscription());
            if (subscription.isEmpty()) {
                continue;
            }
            try {
                if (pusher.push(subscription.get(), payload(text)) == Pusher.Outcome.GONE) {
                    commands.send(new RemovePushSubscription(customerId, device.deviceId(), "EXPIRED"));
                }
            } catch (RuntimeException failed) {
                log.warn("a push to a device of customer {} failed: {}", customerId, failed.toString());
            }
        }
    }

    private String payload(Text text) {
        ObjectNode payload = json.createObjectNode();
        payload.put("title", text.subject());
        payload.put("body", text.summary());
        payload.put("url", webUrl + "/app");
        return json.writeValueAsString(payload);
    }

    /**
     * The last mail to a customer, sent just before their data key is destroyed (afterwards nobody can read their
     * address): their erasure has begun and nothing more will come. A relay that is down loses this one mail rather
     * than hold up an erasure the law requires.
     */
    void beforeErasure(String customerId) {
        String id = "erasure/" + customerId;
        if (recorded(id)) {
            return;
        }
        Contact contact = mongo.findById(customerId, Contact.class, Notifier.CONTACTS);
        Optional<String> address = address(contact);
        if (address.isEmpty()) {
            record(id, NotificationTopic.PERSONAL_DATA_ERASED, "NO_CONTACT");
            return;
        }
        String language = contact.language() == null ? defaultLanguage : contact.language();
        try {
            send(id, address.get(), language, Facts.of(NotificationTopic.PERSONAL_DATA_ERASED, ""), "");
        } catch (MailException relayDown) {
            log.warn("the erasure notice to customer {} could not be sent: {}", customerId, relayDown.toString());
            record(id, NotificationTopic.PERSONAL_DATA_ERASED, "FAILED");
        }
        mongo.remove(Query.query(Criteria.where("customerId").is(customerId)), LINKS);
    }

    /** The customer's address, read from their sealed details now (empty: never onboarded, or erased). */
    private Optional<String> address(Contact contact) {
        return Optional.ofNullable(contact)
                .map(Contact::personalData)
                .flatMap(personalData::open)
                .map(PersonalDetails::contact)
                .map(c -> c.email());
    }

    /** The topic a one-click link switches off, or empty for a link that is unknown (or of an erased customer). */
    Optional<Link> link(String token) {
        return Optional.ofNullable(mongo.findById(hash(token), Link.class, LINKS));
    }

    void toStaff(String eventId, Instant at, Facts facts) {
        String id = eventId + "/staff";
        if (!history(at) && !recorded(id)) {
            send(id, staffAddress, defaultLanguage, facts, "");
        }
    }

    private Text send(String id, String to, String language, Facts facts, String unsubscribe) {
        Text text = NotificationTexts.render(facts, language, webUrl);
        mailer.send(new Mail(to, language, text.subject(), text.body(), messageId(id), unsubscribe));
        record(id, facts.topic(), "SENT");
        return text;
    }

    /**
     * A new link for each mail: 256 random bits, kept only as their hash. Whoever holds the mail can switch off that
     * one optional topic for that one customer, and nothing else.
     */
    private String oneClickLink(String customerId, Facts facts) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        mongo.insert(new Link(hash(token), customerId, facts.topic(), clock.instant()), LINKS);
        return webUrl + ONE_CLICK_PATH + token;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean recorded(String id) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id)), SENT);
    }

    private void record(String id, NotificationTopic topic, String outcome) {
        mongo.save(new Sent(id, topic, outcome, clock.instant()), SENT);
    }

    /** Records the first start as soon as the service is up, even before any event arrives. */
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        history(Instant.now());
    }

    /**
     * True for an event from before notifications first started on this platform (events carry the system clock's
     * time, so the first start does too).
     */
    private synchronized boolean history(Instant at) {
        if (startedAt == null) {
            try {
                mongo.insert(new Started("first-start", Instant.now()), STARTED);
            } catch (DuplicateKeyException alreadyStarted) {
                // another instance, or an earlier run, started first: its instant holds
            }
            startedAt = mongo.findById("first-start", Started.class, STARTED).at();
        }
        return at.isBefore(startedAt.minusSeconds(60));
    }

    /** The same for every attempt at one notification, and says nothing about whom or what it concerns. */
    static String messageId(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(digest, 0, 16) + "@notifications.peerlend>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
