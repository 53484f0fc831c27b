package io.peerlend.lending.accounts.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.peerlend.infra.testing.TestStores;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.client.RestClient;

/** The sandbox provider's health as the system page shows it, on its real MongoDB records. */
class PaymentProviderHealthTest {

    private final MongoClient client = MongoClients.create(TestStores.mongo().uri("provider-health"));
    private final MongoTemplate mongo = new MongoTemplate(client, "provider-health-" + UUID.randomUUID());
    // a webhook address nobody listens on: every delivery fails, as when the platform refuses them
    private final SandboxPaymentProvider sandbox = new SandboxPaymentProvider(
            mongo,
            RestClient.builder(),
            "http://127.0.0.1:9/webhooks/payments",
            "secret",
            Duration.ZERO,
            Clock.systemUTC(),
            new MockEnvironment());
    private final PaymentProviderHealth health = new PaymentProviderHealth(sandbox);

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void givenTheSandboxAnswering_thenTheProviderIsUp() {
        Health shown = health.health();

        assertThat(shown.getStatus()).isEqualTo(Status.UP);
        assertThat(shown.getDetails()).containsEntry("adapter", "sandbox").containsEntry("webhooksFailing", 0L);
    }

    @Test
    void givenAWebhookThePlatformKeepsRefusing_whenTriedOftenEnough_thenTheProviderIsDown() {
        // given one deposit whose outcome cannot be delivered
        sandbox.collect(new PaymentProvider.Instruction("dep-" + UUID.randomUUID(), "l-1", 100_00, "GBP"));

        // when the sandbox has tried (each attempt waits two seconds: moved due now for the test)
        for (int attempt = 0; attempt < SandboxPaymentProvider.FAILING_AFTER_ATTEMPTS; attempt++) {
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            mongo.getCollection(SandboxPaymentProvider.OUTBOX)
                    .updateMany(new Document(), new Document("$set", new Document("dueAt", Date.from(Instant.now()))));
            sandbox.deliverDueWebhooks();
        }

        // then the provider shows DOWN with the failing webhook counted
        Health shown = health.health();
        assertThat(shown.getStatus()).isEqualTo(Status.DOWN);
        assertThat(shown.getDetails()).containsEntry("webhooksFailing", 1L);
    }
}
