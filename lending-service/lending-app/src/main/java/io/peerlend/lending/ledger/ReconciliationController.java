package io.peerlend.lending.ledger;

import io.peerlend.lending.accounts.LenderAccountReadModel;
import io.peerlend.lending.ledger.domain.JournalEntry;
import io.peerlend.lending.ledger.domain.Postings;
import io.peerlend.lending.loans.LoanQueries;
import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Proves the books: the journal balances, and every lender's cash in the ledger equals their account. */
@RestController
class ReconciliationController {

    private final LedgerProjection ledger;
    private final LenderAccountReadModel accounts;
    private final LoanQueries loans;

    ReconciliationController(LedgerProjection ledger, LenderAccountReadModel accounts, LoanQueries loans) {
        this.ledger = ledger;
        this.accounts = accounts;
        this.loans = loans;
    }

    public record Check(String name, boolean ok, String detail) {}

    public record Reconciliation(
            boolean balanced,
            long totalDebits,
            long totalCredits,
            int entries,
            Map<String, Long> balances,
            List<Check> checks) {}

    @Operation(
            summary =
                    "Ledger reconciliation: trial balance and lender cash against accounts (roles ops, ops-supervisor)")
    @GetMapping("/api/lending/ledger/reconciliation")
    Reconciliation reconcile() {
        List<JournalEntry> entries = ledger.entries();
        long debits = entries.stream()
                .flatMap(e -> e.lines().stream())
                .mapToLong(JournalEntry.Line::debit)
                .sum();
        long credits = entries.stream()
                .flatMap(e -> e.lines().stream())
                .mapToLong(JournalEntry.Line::credit)
                .sum();
        Map<String, Long> balances = LedgerProjection.balances(entries);
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("debits equal credits", debits == credits, debits + " = " + credits));
        long lenderCash = 0;
        long available = 0;
        long inTransit = 0;
        for (LenderAccountReadModel.Account a : accounts.all()) {
            long inLedger = -balances.getOrDefault(Postings.lenderCash(a.id()), 0L);
            lenderCash += inLedger;
            available += a.balance();
            inTransit += a.withdrawalsInTransit();
            if (inLedger != a.balance()) {
                checks.add(new Check(
                        "lender cash of " + a.id(),
                        false,
                        inLedger + " in the ledger, " + a.balance()
                                + " in the account (available and committed to offers)"));
            }
        }
        checks.add(new Check(
                "lender cash equals the accounts' balances (available and committed)",
                lenderCash == available,
                lenderCash + " = " + available));
        long bank = balances.getOrDefault(Postings.BANK, 0L);
        // liabilities are negative balances: what the client money account must hold for them
        long owed = lenderCash;
        for (String account : List.of(
                Postings.IN_TRANSIT,
                Postings.AWAITING_DISBURSEMENT,
                Postings.FEE_INCOME,
                Postings.FEES_UNEARNED,
                Postings.PROVISION_FUND,
                Postings.SECONDARY_SETTLEMENT)) {
            owed -= balances.getOrDefault(account, 0L);
        }
        checks.add(new Check(
                "client money in the bank equals what is held for lenders, payments on their way, "
                        + "fees and the provision fund",
                bank == owed,
                bank + " = " + owed));
        long borrowed = sumOf(balances, "borrower-loan:");
        long receivable = sumOf(balances, "lender-receivable:");
        checks.add(new Check(
                "borrowers owe the lenders exactly what lenders are owed",
                borrowed == -receivable,
                borrowed + " = " + -receivable));
        long payouts = loans.payoutsInTransit();
        checks.add(new Check(
                "payments in transit equal the withdrawals and loan payouts in transit",
                -balances.getOrDefault(Postings.IN_TRANSIT, 0L) == inTransit + payouts,
                -balances.getOrDefault(Postings.IN_TRANSIT, 0L) + " = " + inTransit + " + " + payouts));
        boolean ok = checks.stream().allMatch(Check::ok);
        return new Reconciliation(ok, debits, credits, entries.size(), new LinkedHashMap<>(balances), checks);
    }

    private static long sumOf(Map<String, Long> balances, String prefix) {
        return balances.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }
}
