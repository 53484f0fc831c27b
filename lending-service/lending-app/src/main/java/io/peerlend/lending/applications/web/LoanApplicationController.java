package io.peerlend.lending.applications.web;

import io.peerlend.lending.api.IncomeBands;
import io.peerlend.lending.api.commands.AcceptQuote;
import io.peerlend.lending.api.commands.ReduceLoanAmount;
import io.peerlend.lending.api.commands.RequestQuote;
import io.peerlend.lending.api.commands.SubmitLoanApplication;
import io.peerlend.lending.api.commands.WithdrawApplication;
import io.peerlend.lending.api.events.BorrowingCapReached;
import io.peerlend.lending.api.http.LoanApplicationRequest;
import io.peerlend.lending.api.http.LoanApplicationView;
import io.peerlend.lending.api.http.MoneyRequest;
import io.peerlend.lending.applications.BorrowingCapGuard;
import io.peerlend.lending.applications.SealedDeclarations;
import io.peerlend.lending.applications.readmodel.LoanApplicationReadModel;
import io.peerlend.lending.kyc.IdentityGateProcess;
import io.peerlend.lending.kyc.RelatedParties;
import io.peerlend.lending.product.Amounts;
import io.peerlend.lending.product.LoanProductPolicy;
import io.peerlend.platform.security.Roles;
import io.peerlend.platform.web.StateConflictException;
import io.peerlend.scoring.api.CreditReasons;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private final BorrowingCapGuard cap;
    private final RelatedParties relatedParties;
    private final IdentityGateProcess identity;

    private final SealedDeclarations declarations;

    LoanApplicationController(
            CommandGateway commands,
            LoanApplicationReadModel applications,
            LoanProductPolicy product,
            BorrowingCapGuard cap,
            IdentityGateProcess identity,
            RelatedParties relatedParties,
            SealedDeclarations declarations) {
        this.relatedParties = relatedParties;
        this.declarations = declarations;
        this.identity = identity;
        this.commands = commands;
        this.applications = applications;
        this.product = product;
        this.cap = cap;
    }

    @Operation(summary = "Submit a loan application (role borrower)")
    @PostMapping
    ResponseEntity<LoanApplicationView> submit(
            @Valid @RequestBody LoanApplicationRequest request, @AuthenticationPrincipal Jwt borrower) {
        String id = UUID.randomUUID().toString();
        long amountMinor = toMinor(request.amount());
        // the declarations are personal data: they reach the event store only sealed with the borrower's key
        SubmitLoanApplication command = new SubmitLoanApplication(
                id,
                borrower.getSubject(),
                amountMinor,
                product.currency(),
                request.termMonths(),
                request.purpose(),
                null,
                null,
                declarations.seal(borrower.getSubject(), request.finances(), request.circumstances()),
                IncomeBands.of(request.finances().netIncome(), product.currency()));
        relatedParties.checkMayBorrow(borrower.getSubject());
        cap.check(borrower.getSubject(), null, BorrowingCapReached.Stage.APPLICATION, amountMinor);
        commands.sendAndWait(command);
        LoanApplicationView view = new LoanApplicationView(
                id,
                Amounts.format(amountMinor, product.currency()),
                product.currency(),
                request.termMonths(),
                request.purpose(),
                "WAITING_FOR_KYC",
                null,
                List.of(),
                Instant.now());
        return ResponseEntity.created(URI.create("/api/lending/applications/" + id))
                .body(view);
    }

    @Operation(summary = "Your own loan applications, newest first, at most 100 (role borrower)")
    @GetMapping
    List<LoanApplicationView> mine(@AuthenticationPrincipal Jwt borrower, Locale language) {
        return applications.ofBorrower(borrower.getSubject(), 100).stream()
                .map(LoanApplicationReadModel.Entry::view)
                .map(view -> inLanguage(view, language))
                .toList();
    }

    @Operation(summary = "One loan application: borrowers see only their own; operations staff see any")
    @GetMapping("/{id}")
    LoanApplicationView get(
            @PathVariable String id, @AuthenticationPrincipal Jwt caller, Authentication auth, Locale language) {
        boolean staff = Roles.has(auth, Roles.OPS) || Roles.has(auth, Roles.OPS_SUPERVISOR);
        return applications
                .find(id)
                .filter(a -> staff || a.borrowerId().equals(caller.getSubject()))
                .map(LoanApplicationReadModel.Entry::view)
                .map(view -> inLanguage(view, language))
                // someone else's application answers exactly like a missing one: its existence is not disclosed
                .orElseThrow(() -> new NoSuchElementException("no loan application " + id));
    }

    @Operation(summary = "Accept the current quote (its borrower): the market then matches the loan")
    @PostMapping("/{id}/acceptance")
    ResponseEntity<Map<String, String>> accept(@PathVariable String id, @AuthenticationPrincipal Jwt caller) {
        LoanApplicationReadModel.Entry application = applications
                .find(id)
                .filter(a -> a.borrowerId().equals(caller.getSubject()))
                .orElseThrow(() -> new NoSuchElementException("no loan application " + id));
        if (!identity.mayBorrow(caller.getSubject())) {
            // the door; funding and payout check again inside the borrower's exposure
            throw new StateConflictException("you may not borrow at the moment: your identity check is not current");
        }
        relatedParties.checkMayBorrow(caller.getSubject());
        cap.check(caller.getSubject(), id, BorrowingCapReached.Stage.ACCEPTANCE, application.amountMinor());
        commands.sendAndWait(new AcceptQuote(id));
        return ResponseEntity.accepted().body(Map.of("applicationId", id, "status", "ACCEPTED"));
    }

    @Operation(summary = "Lower the amount (e.g. to what the market can lend now) before accepting (its borrower)")
    @PostMapping("/{id}/amount")
    ResponseEntity<Map<String, String>> reduce(
            @PathVariable String id, @Valid @RequestBody MoneyRequest request, @AuthenticationPrincipal Jwt caller) {
        applications
                .find(id)
                .filter(a -> a.borrowerId().equals(caller.getSubject()))
                .orElseThrow(() -> new NoSuchElementException("no loan application " + id));
        commands.sendAndWait(new ReduceLoanAmount(id, toMinor(request.amount())));
        return ResponseEntity.accepted().body(Map.of("applicationId", id, "status", "QUOTE_REQUESTED"));
    }

    @Operation(summary = "Withdraw the application before accepting a quote (its borrower)")
    @PostMapping("/{id}/withdrawal")
    ResponseEntity<Map<String, String>> withdraw(@PathVariable String id, @AuthenticationPrincipal Jwt caller) {
        applications
                .find(id)
                .filter(a -> a.borrowerId().equals(caller.getSubject()))
                .orElseThrow(() -> new NoSuchElementException("no loan application " + id));
        commands.sendAndWait(new WithdrawApplication(id, caller.getSubject()));
        return ResponseEntity.accepted().body(Map.of("applicationId", id, "status", "WITHDRAWN"));
    }

    @Operation(summary = "Ask for a new quote on a scored application (its borrower)")
    @PostMapping("/{id}/quote")
    ResponseEntity<Map<String, String>> requestQuote(
            @PathVariable String id, @AuthenticationPrincipal Jwt caller, Authentication auth) {
        LoanApplicationView application = get(id, caller, auth, Locale.UK);
        if (!Roles.has(auth, Roles.BORROWER)
                || applications
                        .find(id)
                        .filter(a -> a.borrowerId().equals(caller.getSubject()))
                        .isEmpty()) {
            throw new NoSuchElementException("no loan application " + id);
        }
        commands.sendAndWait(new RequestQuote(application.id()));
        return ResponseEntity.accepted().body(Map.of("applicationId", id, "status", "QUOTE_REQUESTED"));
    }

    private long toMinor(String amount) {
        return Amounts.requested("amount", amount, product.currency());
    }

    /** The credit decision's reasons in the reader's language (stored in English: docs/api.md, "Language"). */
    private static LoanApplicationView inLanguage(LoanApplicationView view, Locale language) {
        return new LoanApplicationView(
                view.id(),
                view.amount(),
                view.currency(),
                view.termMonths(),
                view.purpose(),
                view.status(),
                view.grade(),
                CreditReasons.inLanguage(view.reasons(), language),
                view.submittedAt());
    }
}
