package io.peerlend.lending.applications.web;

import io.peerlend.lending.api.LoanApplicationRequest;
import io.peerlend.lending.api.LoanApplicationView;
import io.peerlend.lending.api.SubmitLoanApplication;
import io.peerlend.lending.applications.domain.Amounts;
import io.peerlend.lending.applications.domain.LoanApplicationRejected;
import io.peerlend.lending.applications.domain.LoanProductPolicy;
import io.peerlend.lending.applications.readmodel.LoanApplicationReadModel;
import io.peerlend.platform.security.Roles;
import io.peerlend.platform.web.FieldError;
import io.peerlend.platform.web.RequestRejectedException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/lending/applications")
class LoanApplicationController {

    private final CommandGateway commands;
    private final LoanApplicationReadModel applications;
    private final LoanProductPolicy product;

    LoanApplicationController(CommandGateway commands, LoanApplicationReadModel applications,
                              LoanProductPolicy product) {
        this.commands = commands;
        this.applications = applications;
        this.product = product;
    }

    @Operation(summary = "Submit a loan application (role borrower)")
    @PostMapping
    ResponseEntity<LoanApplicationView> submit(@Valid @RequestBody LoanApplicationRequest request,
                                               @AuthenticationPrincipal Jwt borrower) {
        String id = UUID.randomUUID().toString();
        long amountMinor = toMinor(request.amount());
        SubmitLoanApplication command = new SubmitLoanApplication(id, borrower.getSubject(), amountMinor,
                product.currency(), request.termMonths(), request.purpose(), request.finances(),
                request.circumstances());
        try {
            commands.sendAndWait(command);
        } catch (LoanApplicationRejected rejected) {
            throw new RequestRejectedException(rejected.violations().stream()
                    .map(v -> new FieldError(v.field(), v.message())).toList());
        }
        LoanApplicationView view = new LoanApplicationView(id, Amounts.format(amountMinor, product.currency()),
                product.currency(), request.termMonths(), request.purpose(), "WAITING_FOR_KYC", null, List.of(),
                Instant.now());
        return ResponseEntity.created(URI.create("/api/lending/applications/" + id)).body(view);
    }

    @Operation(summary = "One loan application: borrowers see only their own; operations staff see any")
    @GetMapping("/{id}")
    LoanApplicationView get(@PathVariable String id, @AuthenticationPrincipal Jwt caller, Authentication auth) {
        boolean staff = Roles.has(auth, Roles.OPS) || Roles.has(auth, Roles.OPS_SUPERVISOR);
        return applications.find(id)
                .filter(a -> staff || a.borrowerId().equals(caller.getSubject()))
                .map(LoanApplicationReadModel.Entry::view)
                // someone else's application answers exactly like a missing one: its existence is not disclosed
                .orElseThrow(() -> new NoSuchElementException("no loan application " + id));
    }

    private long toMinor(String amount) {
        try {
            return Amounts.toMinor(amount, product.currency());
        } catch (ArithmeticException e) {
            throw new RequestRejectedException("amount", "has more decimals than " + product.currency() + " allows");
        }
    }
}
