package io.peerlend.kyc.notifications;

import static io.peerlend.platform.testing.ServiceTests.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.interaso.webpush.CryptoKt;
import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import io.peerlend.kyc.customers.Applicants;
import io.peerlend.lending.api.ScheduledInstalment;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.platform.testing.ServiceTests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Web push from the events to a device, through a push service on loopback that does what a browser vendor's does
 * with the request (RFC 8030) and what the device does with the payload: it checks the VAPID signature (RFC 8292)
 * and decrypts the payload with the device's own keys (RFC 8291). A real browser cannot take part here: Chromium
 * subscribes only through its vendor's push service, which this machine cannot reach.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WebPushIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    /** What the push service received: its headers and body. */
    record Received(Map<String, List<String>> headers, byte[] body) {}

    static final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    static final AtomicInteger answer = new AtomicInteger(201);
    static final HttpServer pushService = pushService();

    private static HttpServer pushService() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/push/", exchange -> {
                received.add(new Received(
                        Map.copyOf(exchange.getRequestHeaders()),
                        exchange.getRequestBody().readAllBytes()));
                exchange.sendResponseHeaders(answer.get(), -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        pushService.stop(0);
    }

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "kyc-push-it");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("peerlend.kyc.push.allowed-hosts", () -> "127.0.0.1");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    EventGateway events;

    @Test
    void givenADeviceThatSubscribed_whenSomethingHappens_thenItIsPushedEncryptedForIt_untilItsSubscriptionIsGone()
            throws Exception {
        // given a customer, and the platform's push key as a browser asks for it
        String me = "p-" + UUID.randomUUID();
        String passport = "P" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        mvc.perform(post("/api/kyc/onboarding")
                        .with(caller(me, "borrower"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Applicants.onboarding("\"BORROWER\"", "Tove", "Moe", "1983-04-05", "GB", passport)))
                .andExpect(status().isCreated());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(get("/api/kyc/customers/me").with(caller(me, "borrower")))
                        .andExpect(status().isOk()));
        String serverKey = JsonPath.read(
                mvc.perform(get("/api/kyc/customers/me/push-subscriptions").with(caller(me, "borrower")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.applicationServerKey");
        assertThat(Base64.getUrlDecoder().decode(serverKey)).hasSize(65).startsWith(4);

        // when a device's subscription names anything but a push service, or carries keys that are not keys
        KeyPair device = deviceKeys();
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String p256dh = base64url(CryptoKt.getUncompressedBytes((ECPublicKey) device.getPublic()));
        String auth = base64url(secret);
        subscribe(me, "http://169.254.169.254/latest/meta-data", p256dh, auth)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endpoint"));
        subscribe(me, "https://127.0.0.1.example.com/push/x", p256dh, auth)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endpoint"));
        subscribe(me, endpoint("d1"), base64url(new byte[33]), auth)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("p256dh"));
        // then nothing is subscribed; and a proper subscription is taken
        subscribe(me, endpoint("d1"), p256dh, auth).andExpect(status().isCreated());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(
                                get("/api/kyc/customers/me/push-subscriptions").with(caller(me, "borrower")))
                        .andExpect(jsonPath("$.devices.length()").value(1)));

        // when their loan is paid out
        String loan = UUID.randomUUID().toString();
        events.publish(paidOut(loan, me));

        // then the push service got one request, signed by the platform for that push service, to live a day
        Received push = received.poll(30, TimeUnit.SECONDS);
        assertThat(push).as("a push").isNotNull();
        assertThat(push.headers().get("Content-encoding")).containsExactly("aes128gcm");
        assertThat(push.headers().get("Ttl")).containsExactly("86400");
        String authorization = push.headers().get("Authorization").get(0);
        Matcher vapid = Pattern.compile("vapid t=([^,\\s]+),\\s*k=(\\S+)").matcher(authorization);
        assertThat(vapid.find()).as(authorization).isTrue();
        assertThat(vapid.group(2)).isEqualTo(serverKey);
        String[] jwt = vapid.group(1).split("\\.");
        Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
        es256.initVerify(CryptoKt.generatePublicKeyFromUncompressedBytes(
                Base64.getUrlDecoder().decode(serverKey)));
        es256.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(es256.verify(Base64.getUrlDecoder().decode(jwt[2])))
                .as("VAPID signature")
                .isTrue();
        assertThat(new String(Base64.getUrlDecoder().decode(jwt[1]), StandardCharsets.UTF_8))
                .contains(
                        "\"aud\":\"http://127.0.0.1:" + pushService.getAddress().getPort() + "\"");
        // and only the device can read it: what the mail says in one sentence, nothing personal
        String payload = decrypt(push.body(), device, secret);
        assertThat(JsonPath.<String>read(payload, "$.title")).isEqualTo("Your loan is paid out");
        assertThat(JsonPath.<String>read(payload, "$.body")).contains(Notifier.reference(loan));
        assertThat(JsonPath.<String>read(payload, "$.url")).endsWith("/app");
        // (the loan's reference is random hex: without it, a reference like E7D75995 cannot pass for personal data)
        assertThat(payload.replace(Notifier.reference(loan), "")).doesNotContain("Tove", "Moe", "995");

        // when the device is gone (the push service answers 410) and the next thing happens
        answer.set(410);
        events.publish(paidOut(UUID.randomUUID().toString(), me));
        assertThat(received.poll(30, TimeUnit.SECONDS)).isNotNull();
        // then the device is removed and no longer pushed to
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(
                                get("/api/kyc/customers/me/push-subscriptions").with(caller(me, "borrower")))
                        .andExpect(jsonPath("$.devices.length()").value(0)));

        // and a customer turns a device off themselves
        answer.set(201);
        String second = JsonPath.read(
                subscribe(me, endpoint("d2"), p256dh, auth)
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.deviceId");
        mvc.perform(delete("/api/kyc/customers/me/push-subscriptions/" + second).with(caller(me, "borrower")))
                .andExpect(status().isNoContent());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(
                                get("/api/kyc/customers/me/push-subscriptions").with(caller(me, "borrower")))
                        .andExpect(jsonPath("$.devices.length()").value(0)));
    }

    private ResultActions subscribe(String me, String endpoint, String p256dh, String auth) throws Exception {
        return mvc.perform(post("/api/kyc/customers/me/push-subscriptions")
                .with(caller(me, "borrower"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"endpoint\": \"%s\", \"p256dh\": \"%s\", \"auth\": \"%s\"}"
                        .formatted(endpoint, p256dh, auth)));
    }

    private static String endpoint(String device) {
        return "http://127.0.0.1:" + pushService.getAddress().getPort() + "/push/" + device;
    }

    private static LoanDisbursed paidOut(String loan, String borrower) {
        LocalDate due = LocalDate.now().plusMonths(1);
        return new LoanDisbursed(
                loan,
                borrower,
                995_00,
                "GBP",
                LocalDate.now(),
                List.of(new ScheduledInstalment(1, due, 995_00, 6_00)),
                Instant.now(),
                List.of());
    }

    private static KeyPair deviceKeys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    /** What the device does with a push (RFC 8291 over RFC 8188's aes128gcm, one record). */
    private static String decrypt(byte[] body, KeyPair device, byte[] authSecret) throws GeneralSecurityException {
        ByteBuffer in = ByteBuffer.wrap(body);
        byte[] salt = new byte[16];
        in.get(salt);
        in.getInt(); // the record size
        byte[] serverPublic = new byte[in.get() & 0xff];
        in.get(serverPublic);
        byte[] ciphertext = new byte[in.remaining()];
        in.get(ciphertext);
        KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
        ecdh.init(device.getPrivate());
        ecdh.doPhase(CryptoKt.generatePublicKeyFromUncompressedBytes(serverPublic), true);
        byte[] keyInfo = CryptoKt.concatBytes(
                "WebPush: info\0".getBytes(StandardCharsets.US_ASCII),
                CryptoKt.getUncompressedBytes((ECPublicKey) device.getPublic()),
                serverPublic);
        byte[] ikm = hkdf(authSecret, ecdh.generateSecret(), keyInfo, 32);
        byte[] key = hkdf(salt, ikm, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
        byte[] nonce = hkdf(salt, ikm, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        byte[] plain = aes.doFinal(ciphertext);
        int end = plain.length - 1;
        while (plain[end] == 0) {
            end--;
        }
        assertThat(plain[end]).as("the last record's delimiter").isEqualTo((byte) 2);
        return new String(plain, 0, end, StandardCharsets.UTF_8);
    }

    private static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) throws GeneralSecurityException {
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(salt, "HmacSHA256"));
        byte[] prk = hmac.doFinal(ikm);
        hmac.init(new SecretKeySpec(prk, "HmacSHA256"));
        hmac.update(info);
        hmac.update((byte) 1);
        return Arrays.copyOf(hmac.doFinal(), length);
    }

    private static String base64url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
