package io.peerlend.lending.loans.web;

import io.peerlend.lending.api.commands.QuoteRepayment;
import io.peerlend.lending.api.commands.RequestRepayment;
import io.peerlend.lending.api.commands.WithdrawFromLoan;
import io.peerlend.lending.api.http.CollectionView;
import io.peerlend.lending.api.http.LoanView;
import io.peerlend.lending.api.http.PayoffView;
import io.peerlend.lending.api.http.RepaymentRequest;
import io.peerlend.lending.calendar.Today;
import io.peerlend.lending.loans.LoanQueries;
import io.peerlend.lending.loans.domain.Loan;
import io.peerlend.lending.loans.domain.Payoff;
import io.peerlend.lending.product.Amounts;
import io.peerlend.platform.security.Roles;
import io.peerlend.platform.web.IdempotencyKeys;
import io.peerlend.platform.web.RequestRejectedException;
import io.peerlend.platform.web.RequiredIdempotencyKey;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A borrower's loans: the schedule and payments, what paying off costs today, early repayment in part or in full,
 * and withdrawal within the cooling-off period. Borrowers see only their own loans (another's reads as not found);
 * operations staff may read any.
 */
@RestController
class LoanController {

    private final CommandGateway commands;
    private final LoanQueries loans;
    private final Today today;

    LoanController(CommandGateway commands, LoanQueries loans, Today today) {
        this.commands = commands;
        this.loans = loans;
        this.today = today;
    }

    @Operation(
            summary = "Your loans (role borrower); ?summary=true leaves out each loan's schedule and payments, "
                    + "?limit=N keeps the newest N")
    @GetMapping("/api/lending/loans")
    List<LoanView> mine(
            Authentication caller,
            @RequestParam(defaultValue = "false") boolean summary,
            @RequestParam(defaultValue = "0") int limit) {
        List<LoanView> mine = limit > 0
                ? loans.newestOfBorrower(subject(caller), limit, today.date())
                : loans.ofBorrower(subject(caller), today.date());
        // a list to choose from (a start page) needs no schedules: each loan's own answer has them
        return summary
                ? mine.stream()
                        .map(l -> new LoanView(
                                l.loanId(),
                                l.status(),
                                l.grade(),
                                l.termMonths(),
                                l.currency(),
                                l.principal(),
                                l.ratePercent(),
                                l.originationFee(),
                                l.disbursedOn(),
                                l.outstandingPrincipal(),
                                l.arrears(),
                                List.of(),
                                List.of(),
                                l.lenders()))
                        .toList()
                : mine;
    }

    @Operation(summary = "One loan: its schedule, payments and arrears (its borrower, or ops)")
    @GetMapping("/api/lending/loans/{id}")
    LoanView one(@PathVariable String id, Authentication caller) {
        return loans.view(id, owner(caller), today.date()).orElseThrow(() -> notFound(id));
    }

    @Operation(summary = "What paying the loan off costs on today's business date (its borrower)")
    @GetMapping("/api/lending/loans/{id}/payoff")
    PayoffView payoff(@PathVariable String id, Authentication caller) {
        String currency = mustOwn(id, caller);
        Payoff p = call(new QuoteRepayment(id, today.date()));
        return new PayoffView(
                p.asOf(),
                Amounts.format(p.dueNowMinor(), currency),
                Amounts.format(p.feesDueMinor(), currency),
                Amounts.format(p.accruedInterestMinor(), currency),
                Amounts.format(p.principalNotDueMinor(), currency),
                Amounts.format(p.totalMinor(), currency));
    }

    @Operation(summary = "Repay early, in part or in full, without penalty (its borrower; Idempotency-Key required)")
    @PostMapping("/api/lending/loans/{id}/repayments")
    ResponseEntity<CollectionView> repay(
            @PathVariable String id,
            @RequiredIdempotencyKey @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key,
            @Valid @RequestBody RepaymentRequest request,
            Authentication caller) {
        String reference = IdempotencyKeys.reference("rep-", subject(caller), id, key);
        String currency = mustOwn(id, caller);
        boolean full = Boolean.TRUE.equals(request.full());
        if (!full && request.amount() == null) {
            throw new RequestRejectedException("amount", "is required unless \"full\" is true");
        }
        long amount = full ? 0 : minor(request.amount(), currency);
        LocalDate asOf = today.date();
        return accepted(call(new RequestRepayment(id, reference, full, amount, asOf)), currency);
    }

    @Operation(summary = "Withdraw within the cooling-off period (its borrower; Idempotency-Key required)")
    @PostMapping("/api/lending/loans/{id}/withdrawal")
    ResponseEntity<CollectionView> withdraw(
            @PathVariable String id,
            @RequiredIdempotencyKey @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key,
            Authentication caller) {
        String reference = IdempotencyKeys.reference("wdl-", subject(caller), id, key);
        String currency = mustOwn(id, caller);
        LocalDate asOf = today.date();
        return accepted(call(new WithdrawFromLoan(id, reference, asOf)), currency);
    }

    /** The collection asked for; a retry with the same key gets the original one, wherever it stands now. */
    private ResponseEntity<CollectionView> accepted(Loan.Collection collection, String currency) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new CollectionView(
                        collection.reference(),
                        collection.kind(),
                        Amounts.format(collection.amountMinor(), currency),
                        collection.asOf(),
                        collection.status()));
    }

    private <T> T call(Object command) {
        return commands.sendAndWait(command);
    }

    /** The loan's currency when the caller is its borrower; otherwise not found (nothing about it is revealed). */
    private String mustOwn(String id, Authentication caller) {
        return loans.view(id, subject(caller), today.date())
                .map(LoanView::currency)
                .orElseThrow(() -> notFound(id));
    }

    /** Null for staff (any loan), the caller's id for a borrower. */
    private static String owner(Authentication caller) {
        return Roles.has(caller, Roles.OPS) || Roles.has(caller, Roles.OPS_SUPERVISOR) ? null : subject(caller);
    }

    private static String subject(Authentication caller) {
        return ((Jwt) caller.getPrincipal()).getSubject();
    }

    private static NoSuchElementException notFound(String id) {
        return new NoSuchElementException("no loan " + id);
    }

    private static long minor(String amount, String currency) {
        return Amounts.requested("amount", amount, currency);
    }
}
