package io.peerlend.lending.applications.web;

import io.peerlend.lending.api.AcceptQuote;
import io.peerlend.lending.api.LoanApplicationRequest;
import io.peerlend.lending.api.LoanApplicationView;
import io.peerlend.lending.api.LoanCalculation;
import io.peerlend.lending.api.LoanQuoteView;
import io.peerlend.lending.api.RequestQuote;
import io.peerlend.lending.quotes.QuoteReadModel;
import io.peerlend.lending.quotes.domain.Quote;
import io.peerlend.platform.web.StateConflictException;
import java.util.LinkedHashMap;
import java.util.Map;
import io.peerlend.lending.api.IncomeBands;
import io.peerlend.lending.api.SubmitLoanApplication;
import io.peerlend.lending.applications.SealedDeclarations;
import io.peerlend.lending.applications.domain.Amounts;
import io.peerlend.lending.api.BorrowingCapReached;
import io.peerlend.lending.applications.BorrowingCapGuard;
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
    private final QuoteReadModel quotes;
    private final BorrowingCapGuard cap;
    private final io.peerlend.lending.kyc.IdentityGate identity;
    private final io.peerlend.lending.quotes.domain.PreContractTerms terms;

    private final SealedDeclarations declarations;

    LoanApplicationController(CommandGateway commands, LoanApplicationReadModel applications,
                              LoanProductPolicy product, QuoteReadModel quotes, BorrowingCapGuard cap,
                              io.peerlend.lending.kyc.IdentityGate identity,
                              io.peerlend.lending.quotes.domain.PreContractTerms terms,
                              SealedDeclarations declarations) {
        this.declarations = declarations;
        this.identity = identity;
        this.terms = terms;
        this.commands = commands;
        this.applications = applications;
        this.product = product;
        this.quotes = quotes;
        this.cap = cap;
    }

    @Operation(summary = "Submit a loan application (role borrower)")
    @PostMapping
    ResponseEntity<LoanApplicationView> submit(@Valid @RequestBody LoanApplicationRequest request,
                                               @AuthenticationPrincipal Jwt borrower) {
        String id = UUID.randomUUID().toString();
        long amountMinor = toMinor(request.amount());
        // the declarations are personal data: they reach the event store only sealed with the borrower's key
        SubmitLoanApplication command = new SubmitLoanApplication(id, borrower.getSubject(), amountMinor,
                product.currency(), request.termMonths(), request.purpose(), null, null,
                declarations.seal(borrower.getSubject(), request.finances(), request.circumstances()),
                IncomeBands.of(request.finances().netIncome(), product.currency()));
        try {
            cap.check(borrower.getSubject(), null, BorrowingCapReached.Stage.APPLICATION, amountMinor);
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

    @Operation(summary = "Your own loan applications, newest first, at most 100 (role borrower)")
    @GetMapping
    List<LoanApplicationView> mine(@AuthenticationPrincipal Jwt borrower) {
        return applications.ofBorrower(borrower.getSubject(), 100).stream()
                .map(LoanApplicationReadModel.Entry::view).toList();
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

    @Operation(summary = "The application's quote with APR, schedule and pre-contract information (its borrower; ops)")
    @GetMapping("/{id}/quote")
    LoanQuoteView quote(@PathVariable String id, @AuthenticationPrincipal Jwt caller, Authentication auth) {
        LoanApplicationView application = get(id, caller, auth);
        QuoteReadModel.Entry q = quotes.find(id)
                .orElseThrow(() -> new NoSuchElementException("no quote yet for application " + id));
        if (!q.available()) {
            return new LoanQuoteView(id, false, q.reason(), null, null, null, null, null, null, null, null, null,
                    List.of(), Map.of());
        }
        String currency = product.currency();
        long principal = Amounts.toMinor(application.amount(), currency);
        Quote quote = Quote.describe(application.grade(), principal, application.termMonths(), q.ratePercent(),
                q.parts(), q.feeMinor(), terms, q.firstDueDate(), currency, q.validUntil());
        var s = quote.schedule();
        var info = quote.information();
        Map<String, Object> pci = new LinkedHashMap<>();
        pci.put("creditor", info.creditor());
        pci.put("typeOfCredit", info.typeOfCredit());
        pci.put("totalAmountOfCredit", Amounts.format(info.totalAmountOfCredit(), currency));
        pci.put("amountPaidOut", Amounts.format(info.amountPaidOut(), currency));
        pci.put("durationMonths", info.durationMonths());
        pci.put("instalments", info.numberOfInstalments() + " monthly instalments of "
                + Amounts.format(info.regularInstalment(), currency) + " (the last "
                + Amounts.format(info.lastInstalment(), currency) + ")");
        pci.put("totalAmountPayable", Amounts.format(info.totalAmountPayable(), currency));
        pci.put("borrowingRate", info.borrowingRatePercent().toPlainString() + "% a year, fixed");
        pci.put("apr", info.aprPercent().toPlainString() + "%");
        pci.put("fees", Amounts.format(info.fees(), currency) + " origination fee, taken from the money paid out");
        pci.put("totalCostOfCredit", Amounts.format(info.totalCostOfCredit(), currency));
        pci.put("consequencesOfMissingPayments", info.consequencesOfMissingPayments());
        pci.put("rightOfWithdrawal", info.rightOfWithdrawal());
        pci.put("earlyRepayment", info.earlyRepayment());
        pci.put("validUntil", info.validUntil().toString());
        return new LoanQuoteView(id, true, null, q.marketId(), q.ratePercent().toPlainString(),
                q.aprPercent().toPlainString(), Amounts.format(q.feeMinor(), currency),
                Amounts.format(s.amountPaidOut(), currency), Amounts.format(s.monthlyPayment(), currency),
                Amounts.format(s.totalInterest(), currency), Amounts.format(s.totalRepayable(), currency),
                q.validUntil(), s.instalments().stream().map(i -> new LoanCalculation.Installment(i.number(),
                        i.dueDate(), Amounts.format(i.principal(), currency), Amounts.format(i.interest(), currency),
                        Amounts.format(i.fees(), currency), Amounts.format(i.total(), currency),
                        Amounts.format(i.balance(), currency))).toList(), pci);
    }

    @Operation(summary = "Accept the current quote (its borrower): the market then matches the loan")
    @PostMapping("/{id}/acceptance")
    ResponseEntity<Map<String, String>> accept(@PathVariable String id, @AuthenticationPrincipal Jwt caller) {
        LoanApplicationReadModel.Entry application = applications.find(id)
                .filter(a -> a.borrowerId().equals(caller.getSubject()))
                .orElseThrow(() -> new NoSuchElementException("no loan application " + id));
        if (!identity.mayBorrow(caller.getSubject())) {
            // the door; funding and payout check again inside the borrower's exposure
            throw new StateConflictException("you may not borrow at the moment: your identity check is not current");
        }
        try {
            cap.check(caller.getSubject(), id, BorrowingCapReached.Stage.ACCEPTANCE, application.amountMinor());
            commands.sendAndWait(new AcceptQuote(id));
        } catch (LoanApplicationRejected e) {
            throw new StateConflictException(e.violations().get(0).message());
        }
        return ResponseEntity.accepted().body(Map.of("applicationId", id, "status", "ACCEPTED"));
    }

    @Operation(summary = "Lower the amount (e.g. to what the market can lend now) before accepting (its borrower)")
    @PostMapping("/{id}/amount")
    ResponseEntity<Map<String, String>> reduce(@PathVariable String id,
                                               @Valid @RequestBody io.peerlend.lending.api.MoneyRequest request,
                                               @AuthenticationPrincipal Jwt caller) {
        applications.find(id).filter(a -> a.borrowerId().equals(caller.getSubject()))
                .orElseThrow(() -> new NoSuchElementException("no loan application " + id));
        try {
            commands.sendAndWait(new io.peerlend.lending.api.ReduceLoanAmount(id, toMinor(request.amount())));
        } catch (LoanApplicationRejected rejected) {
            if (rejected.violations().stream().anyMatch(v -> v.field().equals("status"))) {
                throw new StateConflictException(rejected.violations().get(0).message());
            }
            throw new RequestRejectedException(rejected.violations().stream()
                    .map(v -> new FieldError(v.field(), v.message())).toList());
        }
        return ResponseEntity.accepted().body(Map.of("applicationId", id, "status", "QUOTE_REQUESTED"));
    }

    @Operation(summary = "Withdraw the application before accepting a quote (its borrower)")
    @PostMapping("/{id}/withdrawal")
    ResponseEntity<Map<String, String>> withdraw(@PathVariable String id, @AuthenticationPrincipal Jwt caller) {
        applications.find(id).filter(a -> a.borrowerId().equals(caller.getSubject()))
                .orElseThrow(() -> new NoSuchElementException("no loan application " + id));
        try {
            commands.sendAndWait(new io.peerlend.lending.api.WithdrawApplication(id, caller.getSubject()));
        } catch (LoanApplicationRejected e) {
            throw new StateConflictException(e.violations().get(0).message());
        }
        return ResponseEntity.accepted().body(Map.of("applicationId", id, "status", "WITHDRAWN"));
    }

    @Operation(summary = "Ask for a new quote on a scored application (its borrower)")
    @PostMapping("/{id}/quote")
    ResponseEntity<Map<String, String>> requestQuote(@PathVariable String id, @AuthenticationPrincipal Jwt caller,
                                                     Authentication auth) {
        LoanApplicationView application = get(id, caller, auth);
        if (!Roles.has(auth, Roles.BORROWER) || applications.find(id).filter(a -> a.borrowerId()
                .equals(caller.getSubject())).isEmpty()) {
            throw new NoSuchElementException("no loan application " + id);
        }
        try {
            commands.sendAndWait(new RequestQuote(application.id()));
        } catch (LoanApplicationRejected e) {
            throw new StateConflictException(e.violations().get(0).message());
        }
        return ResponseEntity.accepted().body(Map.of("applicationId", id, "status", "QUOTE_REQUESTED"));
    }

    private long toMinor(String amount) {
        try {
            return Amounts.toMinor(amount, product.currency());
        } catch (ArithmeticException e) {
            throw new RequestRejectedException("amount", "has more decimals than " + product.currency() + " allows");
        }
    }
}
