package io.peerlend.lending.accounts.payments;

import io.peerlend.platform.web.RequestRejectedException;
import io.peerlend.platform.web.StateConflictException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Sandbox controls for development and tests (ops only; refused when a real payment provider is configured). */
@RestController
class SandboxPaymentsController {

    record PlannedDeclines(String account, Integer count) {}

    record PlannedPayer(String account, String payerName) {}

    private static final int LONGEST_NAME = 140;

    private final PaymentProvider provider;

    SandboxPaymentsController(PaymentProvider provider) {
        this.provider = provider;
    }

    @Operation(summary = "SANDBOX: decline the next payments for a lender or a loan (ops; sandbox only)")
    @PostMapping("/api/lending/sandbox/payments/declines")
    ResponseEntity<PlannedDeclines> declineNext(@RequestBody PlannedDeclines request) {
        if (!(provider instanceof SandboxPaymentProvider sandbox)) {
            throw new StateConflictException("payments go through a real provider here; nothing can be planned");
        }
        if (request == null || request.account() == null || request.account().isBlank()) {
            throw new RequestRejectedException("account", "must name a lender or a loan");
        }
        if (request.count() == null || request.count() < 1 || request.count() > 100) {
            throw new RequestRejectedException("count", "must be between 1 and 100");
        }
        sandbox.declineNext(request.account(), request.count());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new PlannedDeclines(request.account(), request.count()));
    }

    @Operation(summary = "SANDBOX: the next deposit of a lender comes from an account in this name (ops; sandbox only)")
    @PostMapping("/api/lending/sandbox/payments/payers")
    ResponseEntity<PlannedPayer> payNextFrom(@RequestBody PlannedPayer request) {
        if (!(provider instanceof SandboxPaymentProvider sandbox)) {
            throw new StateConflictException("payments go through a real provider here; nothing can be planned");
        }
        if (request == null || request.account() == null || request.account().isBlank()) {
            throw new RequestRejectedException("account", "must name a lender");
        }
        if (request.payerName() == null
                || request.payerName().isBlank()
                || request.payerName().length() > LONGEST_NAME) {
            throw new RequestRejectedException("payerName", "must be a name of 1 to " + LONGEST_NAME + " characters");
        }
        sandbox.payNextFrom(request.account(), request.payerName());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(request);
    }
}
