package io.peerlend.lending.accounts.payments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * SANDBOX: a simulated payment provider for development and tests, behind the real {@link PaymentProvider} port. It
 * accepts instructions (idempotent by reference), settles them after a delay, and reports each outcome with a signed
 * webhook to the platform, retrying until it is acknowledged — as a real provider does. Its own records live in
 * MongoDB ({@code sandbox_payments}) so pending payments survive restarts. Deterministic outcomes: an amount whose
 * minor units end in 13 (e.g. 100.13) is declined, and so are the payments staff planned to decline for an account
 * ({@link #declineNext}, e.g. a borrower's missed instalment); everything else settles. A deposit reports the payer's
 * name only when staff said whose account it comes from ({@link #payNextFrom}).
 */
public class SandboxPaymentProvider implements PaymentProvider {

    private static final Logger log = LoggerFactory.getLogger(SandboxPaymentProvider.class);
    static final String COLLECTION = "sandbox_payments";
    static final String DECLINES = "sandbox_declines";
    static final String PAYERS = "sandbox_payers";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Payments whose webhook is still to be delivered; kept apart so the poll reads only these, not the history. */
    static final String OUTBOX = "sandbox_outbox";

    @Document(COLLECTION)
    record SandboxPayment(
            @Id String reference,
            String kind,
            String account,
            long amountMinor,
            String currency,
            Instant dueAt,
            boolean delivered,
            int attempts,
            boolean declined,
            String payerName) {}

    private final MongoTemplate mongo;
    private final RestClient http;
    private final String webhookUrl;
    private final Environment environment;
    private final String secret;
    private final Duration settleAfter;
    private final Clock clock;
    private volatile boolean outboxChecked;

    /** @param webhookUrl where to deliver; empty means this service's own webhook on the port it listens on */
    public SandboxPaymentProvider(
            MongoTemplate mongo,
            RestClient.Builder http,
            String webhookUrl,
            String secret,
            Duration settleAfter,
            Clock clock,
            Environment environment) {
        this.mongo = mongo;
        this.http = http.build();
        this.webhookUrl = webhookUrl;
        this.environment = environment;
        this.secret = secret;
        this.settleAfter = settleAfter;
        this.clock = clock;
    }

    @Override
    public void collect(Instruction instruction) {
        accept("deposit", instruction);
    }

    @Override
    public void payOut(Instruction instruction) {
        accept("withdrawal", instruction);
    }

    @Override
    public void disburse(Instruction instruction) {
        accept("disbursement", instruction);
    }

    @Override
    public void collectRepayment(Instruction instruction) {
        accept("collection", instruction);
    }

    /**
     * A webhook tried this often without being acknowledged counts as failing: a few attempts fail when the platform
     * restarts, more mean the platform refuses them.
     */
    static final int FAILING_AFTER_ATTEMPTS = 5;

    /** The sandbox is reachable when its records are; failing webhooks are those in the outbox tried too often. */
    @Override
    public Status status() {
        try {
            long failing = mongo.count(Query.query(Criteria.where("attempts").gte(FAILING_AFTER_ATTEMPTS)), OUTBOX);
            return new Status("sandbox", true, failing);
        } catch (RuntimeException unreachable) {
            return new Status("sandbox", false, 0);
        }
    }

    /** Sandbox control: the next {@code count} payments for this account (a lender or a loan) are declined. */
    public void declineNext(String account, int count) {
        mongo.upsert(Query.query(Criteria.where("_id").is(account)), Update.update("remaining", count), DECLINES);
    }

    /**
     * Sandbox control: the next deposit for this lender comes from an account in this name (a real provider reports
     * the payer's name from the bank transfer; the sandbox reports none unless told).
     */
    public void payNextFrom(String account, String payerName) {
        mongo.upsert(Query.query(Criteria.where("_id").is(account)), Update.update("name", payerName), PAYERS);
    }

    /** Takes the planned payer's name for the account's next deposit, if any. */
    private String plannedPayer(String account) {
        org.bson.Document planned =
                mongo.findAndRemove(Query.query(Criteria.where("_id").is(account)), org.bson.Document.class, PAYERS);
        return planned == null ? null : planned.getString("name");
    }

    /** Takes one planned decline for the account, if any (atomically: one webhook, one decline). */
    private boolean plannedDecline(String account) {
        return mongo.findAndModify(
                        Query.query(Criteria.where("_id")
                                .is(account)
                                .and("remaining")
                                .gt(0)),
                        new Update().inc("remaining", -1),
                        org.bson.Document.class,
                        DECLINES)
                != null;
    }

    /** Insert-if-absent: the same reference twice is one payment. */
    private void accept(String kind, Instruction i) {
        Query byReference = Query.query(Criteria.where("_id").is(i.reference()));
        if (!mongo.exists(byReference, COLLECTION)) {
            boolean declined = i.amountMinor() % 100 == 13 || plannedDecline(i.account());
            SandboxPayment payment = new SandboxPayment(
                    i.reference(),
                    kind,
                    i.account(),
                    i.amountMinor(),
                    i.currency(),
                    clock.instant().plus(settleAfter),
                    false,
                    0,
                    declined,
                    kind.equals("deposit") ? plannedPayer(i.account()) : null);
            // the delivery first: a crash between the two leaves the history without it, and the retry's check
            // (by the history) writes both again
            mongo.save(payment, OUTBOX);
            mongo.insert(payment, COLLECTION);
        }
    }

    private String webhookUrl() {
        return webhookUrl.isBlank()
                ? "http://127.0.0.1:" + environment.getProperty("local.server.port") + "/webhooks/payments"
                : webhookUrl;
    }

    @Scheduled(fixedDelayString = "${peerlend.lending.payments.sandbox.poll:PT0.5S}")
    void deliverDueWebhooks() {
        if (!outboxChecked) {
            // once per start: payments recorded before the outbox existed still get their webhook
            mongo.find(Query.query(Criteria.where("delivered").is(false)), SandboxPayment.class, COLLECTION)
                    .forEach(p -> mongo.save(p, OUTBOX));
            outboxChecked = true;
        }
        List<SandboxPayment> due = mongo.find(
                Query.query(Criteria.where("dueAt").lte(clock.instant())).limit(50), SandboxPayment.class, OUTBOX);
        for (SandboxPayment p : due) {
            boolean declined = p.declined();
            Map<String, Object> webhook = new LinkedHashMap<>();
            webhook.put("type", p.kind() + (declined ? ".failed" : ".settled"));
            webhook.put("reference", p.reference());
            webhook.put("account", p.account());
            if (declined) {
                webhook.put("reason", "declined by the sandbox bank");
            }
            if (p.payerName() != null) {
                webhook.put("payer", Map.of("name", p.payerName()));
            }
            String body = JSON.writeValueAsString(webhook);
            try {
                http.post()
                        .uri(webhookUrl())
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(WebhookSignature.HEADER, WebhookSignature.sign(secret, clock.instant(), body))
                        .body(body)
                        .retrieve()
                        .toBodilessEntity();
                mongo.updateFirst(
                        Query.query(Criteria.where("_id").is(p.reference())),
                        Update.update("delivered", true),
                        COLLECTION);
                mongo.remove(Query.query(Criteria.where("_id").is(p.reference())), OUTBOX);
            } catch (RuntimeException e) {
                log.warn(
                        "sandbox webhook for {} not acknowledged (attempt {}): {}",
                        p.reference(),
                        p.attempts() + 1,
                        e.getMessage());
                mongo.updateFirst(
                        Query.query(Criteria.where("_id").is(p.reference())),
                        new Update()
                                .inc("attempts", 1)
                                .set("dueAt", clock.instant().plusSeconds(2)),
                        OUTBOX);
            }
        }
    }
}
