package io.peerlend.lending.accounts.payments;

import io.peerlend.lending.api.PayerCheck;
import io.peerlend.lending.api.commands.SettleLoanPayment;
import io.peerlend.lending.api.commands.SettlePayment;
import io.peerlend.lending.kyc.IdentityServiceUnavailableException;
import io.peerlend.lending.kyc.PayerNames;
import io.peerlend.platform.web.RequestRejectedException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.util.NoSuchElementException;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payment provider's webhook: no user token, but a signature over the exact body with the shared secret, checked
 * before anything is read. Outcomes are applied idempotently, so the provider may deliver one many times.
 */
@RestController
class PaymentWebhookController {

    private static final Set<String> TYPES = Set.of(
            "deposit.settled",
            "deposit.failed",
            "withdrawal.settled",
            "withdrawal.failed",
            "disbursement.settled",
            "disbursement.failed",
            "collection.settled",
            "collection.failed");

    private final CommandGateway commands;
    private final PayerNames payerNames;
    private final JsonMapper json;
    private final String secret;
    private final Clock clock;

    PaymentWebhookController(
            CommandGateway commands,
            JsonMapper json,
            PayerNames payerNames,
            @Value("${peerlend.lending.payments.webhook-secret}") String secret,
            Clock clock) {
        this.commands = commands;
        this.payerNames = payerNames;
        this.json = json;
        this.secret = secret;
        this.clock = clock;
    }

    @Operation(summary = "Payment provider webhook (signed with the shared secret; no user token)")
    @PostMapping("/webhooks/payments")
    ResponseEntity<?> receive(
            @RequestHeader(value = WebhookSignature.HEADER, required = false) String signature,
            @RequestBody String body) {
        if (!WebhookSignature.verify(secret, signature, body, clock.instant())) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNAUTHORIZED, "the webhook signature is missing, wrong or too old");
            problem.setTitle("Unauthorized");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        JsonNode event;
        try {
            event = json.readTree(body);
        } catch (JacksonException e) {
            throw new RequestRejectedException("body", "is not valid JSON");
        }
        String type = event.path("type").asText("");
        String reference = event.path("reference").asText("");
        String account = event.path("account").asText("");
        if (!TYPES.contains(type) || reference.isBlank() || account.isBlank()) {
            throw new RequestRejectedException("type", "must be one of " + TYPES + " with a reference and an account");
        }
        try {
            boolean settled = type.endsWith(".settled");
            String reason = event.path("reason").asText(null);
            commands.sendAndWait(
                    type.startsWith("deposit.") || type.startsWith("withdrawal.")
                            ? new SettlePayment(
                                    account,
                                    reference,
                                    settled,
                                    reason,
                                    type.equals("deposit.settled") ? payer(account, event) : null)
                            : new SettleLoanPayment(account, reference, settled, reason));
        } catch (AggregateNotFoundException e) {
            throw new NoSuchElementException("no account " + account);
        }
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }

    /**
     * Whose account a deposit came from ({@code payer.name}: the account holder's name as the provider reports it),
     * judged by KYC. The name goes no further than that question; a KYC service that does not answer leaves the
     * deposit UNCHECKED rather than keep money that has arrived out of the lender's account.
     */
    private PayerCheck payer(String lenderId, JsonNode event) {
        String name = event.path("payer").path("name").asText("");
        if (name.isBlank()) {
            return PayerCheck.NOT_REPORTED;
        }
        try {
            return payerNames.isCustomersOwn(lenderId, name) ? PayerCheck.OWN_NAME : PayerCheck.OTHER_NAME;
        } catch (IdentityServiceUnavailableException e) {
            return PayerCheck.UNCHECKED;
        }
    }
}
