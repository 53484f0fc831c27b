package io.peerlend.lending.loans.web;

import io.peerlend.lending.api.commands.ApproveRecovery;
import io.peerlend.lending.api.commands.ProposeRecovery;
import io.peerlend.lending.api.commands.RequestRecovery;
import io.peerlend.lending.api.http.LoanView;
import io.peerlend.lending.api.http.RecoveryRequest;
import io.peerlend.lending.calendar.Today;
import io.peerlend.lending.loans.CloseOfBusiness;
import io.peerlend.lending.loans.LoanQueries;
import io.peerlend.lending.loans.domain.Loan;
import io.peerlend.lending.product.Amounts;
import io.peerlend.platform.web.IdempotencyKeys;
import io.peerlend.platform.web.RequiredIdempotencyKey;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Loan servicing for operations staff: loans in arrears, recoveries on defaulted loans, close of business. */
@RestController
class LoanServicingController {

    private final CommandGateway commands;
    private final LoanQueries loans;
    private final CloseOfBusiness closeOfBusiness;
    private final Today today;

    LoanServicingController(CommandGateway commands, LoanQueries loans, CloseOfBusiness closeOfBusiness, Today today) {
        this.commands = commands;
        this.loans = loans;
        this.closeOfBusiness = closeOfBusiness;
        this.today = today;
    }

    @Operation(summary = "Loans in arrears or defaulted (ops, ops-supervisor)")
    @GetMapping("/api/lending/ops/loans/arrears")
    List<LoanView> arrears() {
        return loans.inArrears(today.date());
    }

    @Operation(
            summary = "Money recovered on a defaulted loan (ops, ops-supervisor; Idempotency-Key required): "
                    + "source PAYMENT is collected through the payment provider and counts when it confirms; OUTSIDE needs "
                    + "evidence and a supervisor's approval (never the proposer's own)")
    @PostMapping("/api/lending/ops/loans/{id}/recoveries")
    ResponseEntity<Map<String, String>> recover(
            @PathVariable String id,
            @RequiredIdempotencyKey @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key,
            @Valid @RequestBody RecoveryRequest request,
            @AuthenticationPrincipal Jwt officer) {
        String reference = IdempotencyKeys.reference("rec-", officer.getSubject(), id, key);
        LoanView loan =
                loans.view(id, null, today.date()).orElseThrow(() -> new NoSuchElementException("no loan " + id));
        long amount = Amounts.requested("amount", request.amount(), loan.currency());
        String status;
        if (request.source() == RecoveryRequest.Source.PAYMENT) {
            status = commands.<Loan.Collection>sendAndWait(
                            new RequestRecovery(id, reference, amount, today.date(), officer.getSubject()))
                    .status();
        } else {
            commands.sendAndWait(
                    new ProposeRecovery(id, reference, amount, today.date(), officer.getSubject(), request.evidence()));
            status = "PROPOSED";
        }
        // applied once the provider confirms it, or a supervisor approves it: lenders first, then the provision fund
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(Map.of(
                        "loanId",
                        id,
                        "reference",
                        reference,
                        "amount",
                        Amounts.format(amount, loan.currency()),
                        "source",
                        request.source().name(),
                        "status",
                        status));
    }

    @Operation(summary = "Approve a recovery proposed by another officer (ops-supervisor; not the proposer)")
    @PostMapping("/api/lending/ops/loans/{id}/recoveries/{reference}/approval")
    ResponseEntity<Map<String, String>> approve(
            @PathVariable String id, @PathVariable String reference, @AuthenticationPrincipal Jwt supervisor) {
        loans.view(id, null, today.date()).orElseThrow(() -> new NoSuchElementException("no loan " + id));
        commands.sendAndWait(new ApproveRecovery(id, reference, supervisor.getSubject()));
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(Map.of("loanId", id, "reference", reference, "status", "APPROVED"));
    }

    @Operation(summary = "The latest close-of-business runs with their progress (ops, ops-supervisor)")
    @GetMapping("/api/lending/ops/close-of-business")
    List<CloseOfBusiness.Run> runs() {
        return closeOfBusiness.recent();
    }

    @Operation(
            summary = "Close today's business date again, in the background; idempotent (ops, ops-supervisor). "
                    + "Answers 202 with the run, whose progress GET shows")
    @PostMapping("/api/lending/ops/close-of-business")
    ResponseEntity<CloseOfBusiness.Run> rerun() {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(closeOfBusiness.request(today.date()));
    }
}
