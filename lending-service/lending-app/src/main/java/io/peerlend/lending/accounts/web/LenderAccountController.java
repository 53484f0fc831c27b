package io.peerlend.lending.accounts.web;

import io.peerlend.lending.accounts.LenderAccountReadModel;
import io.peerlend.lending.accounts.domain.LenderAccount;
import io.peerlend.lending.api.commands.RequestDeposit;
import io.peerlend.lending.api.commands.RequestWithdrawal;
import io.peerlend.lending.api.http.LenderAccountView;
import io.peerlend.lending.api.http.MoneyRequest;
import io.peerlend.lending.api.http.PaymentView;
import io.peerlend.lending.api.http.StatementPageView;
import io.peerlend.lending.kyc.IdentityGateProcess;
import io.peerlend.lending.product.Amounts;
import io.peerlend.lending.product.LoanProductPolicy;
import io.peerlend.platform.web.IdempotencyKeys;
import io.peerlend.platform.web.RequestRejectedException;
import io.peerlend.platform.web.RequiredIdempotencyKey;
import io.peerlend.platform.web.StateConflictException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A lender's own account: deposits and withdrawals (each with an {@code Idempotency-Key}: a retry returns the first
 * answer and moves no money twice) and the balance with its statement. Only a KYC-verified lender may put money in.
 */
@RestController
class LenderAccountController {

    private final CommandGateway commands;
    private final LenderAccountReadModel accounts;
    private final LoanProductPolicy product;
    private final IdentityGateProcess identity;

    LenderAccountController(
            CommandGateway commands,
            LenderAccountReadModel accounts,
            LoanProductPolicy product,
            IdentityGateProcess identity) {
        this.commands = commands;
        this.accounts = accounts;
        this.product = product;
        this.identity = identity;
    }

    @Operation(summary = "Deposit money through the payment provider (role lender; Idempotency-Key required)")
    @PostMapping("/api/lending/accounts/me/deposits")
    ResponseEntity<PaymentView> deposit(
            @RequiredIdempotencyKey @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key,
            @Valid @RequestBody MoneyRequest request,
            @AuthenticationPrincipal Jwt lender) {
        String reference = IdempotencyKeys.reference("dep-", lender.getSubject(), key);
        if (!identity.mayLend(lender.getSubject())) {
            throw new StateConflictException("complete your identity verification as a lender before depositing");
        }
        return accepted(send(new RequestDeposit(lender.getSubject(), reference, minor(request), product.currency())));
    }

    @Operation(summary = "Withdraw available money to your bank (role lender; Idempotency-Key required)")
    @PostMapping("/api/lending/accounts/me/withdrawals")
    ResponseEntity<PaymentView> withdraw(
            @RequiredIdempotencyKey @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key,
            @Valid @RequestBody MoneyRequest request,
            @AuthenticationPrincipal Jwt lender) {
        String reference = IdempotencyKeys.reference("wdr-", lender.getSubject(), key);
        return accepted(
                send(new RequestWithdrawal(lender.getSubject(), reference, minor(request), product.currency())));
    }

    @Operation(summary = "Your balance and statement (role lender)")
    @GetMapping("/api/lending/accounts/me")
    LenderAccountView mine(@AuthenticationPrincipal Jwt lender) {
        String currency = product.currency();
        LenderAccountReadModel.Account a = accounts.find(lender.getSubject())
                .orElse(LenderAccountReadModel.Account.opened(lender.getSubject(), currency));
        return new LenderAccountView(
                a.id(),
                currency,
                fmt(a.available()),
                fmt(a.committed()),
                fmt(a.pendingDeposits()),
                fmt(a.withdrawalsInTransit()),
                accounts.statement(a).stream().map(this::line).toList());
    }

    @Operation(
            summary = "Your statement a page at a time, oldest line first: from line `from` (1 and up), at most"
                    + " `limit` lines (1 to 500) (role lender)")
    @GetMapping("/api/lending/accounts/me/statement")
    StatementPageView statement(
            @RequestParam(defaultValue = "1") long from,
            @RequestParam(defaultValue = "100") int limit,
            @AuthenticationPrincipal Jwt lender) {
        if (from < 1) {
            throw new RequestRejectedException("from", "must be 1 or more");
        }
        if (limit < 1 || limit > 500) {
            throw new RequestRejectedException("limit", "must be between 1 and 500");
        }
        String currency = product.currency();
        LenderAccountReadModel.Account a = accounts.find(lender.getSubject())
                .orElse(LenderAccountReadModel.Account.opened(lender.getSubject(), currency));
        long total = accounts.statementLength(a);
        long to = Math.min(total, from + limit - 1);
        List<LenderAccountView.StatementLine> lines =
                accounts.statement(a, from, to).stream().map(this::line).toList();
        return new StatementPageView(from, total, lines, to < total ? to + 1 : null);
    }

    private LenderAccountView.StatementLine line(LenderAccountReadModel.Line l) {
        return new LenderAccountView.StatementLine(
                l.at(),
                l.type(),
                l.reference(),
                fmt(l.amountMinor()),
                fmt(l.balanceMinor()),
                l.rateBps() == null ? null : Amounts.percent(l.rateBps()));
    }

    private LenderAccount.Payment send(Object command) {
        return commands.sendAndWait(command);
    }

    private ResponseEntity<PaymentView> accepted(LenderAccount.Payment p) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new PaymentView(
                        p.reference(),
                        p.kind().name(),
                        fmt(p.amountMinor()),
                        p.currency(),
                        p.status().name()));
    }

    private long minor(MoneyRequest request) {
        return Amounts.requested("amount", request.amount(), product.currency());
    }

    private String fmt(long minor) {
        return Amounts.format(minor, product.currency());
    }
}
