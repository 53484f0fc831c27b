package io.peerlend.lending.secondary;

import io.peerlend.lending.accounts.LenderAccountReadModel;
import io.peerlend.lending.api.LoanPartPrice;
import io.peerlend.lending.api.commands.QuoteLoanPartSale;
import io.peerlend.lending.api.commands.ReserveForPurchase;
import io.peerlend.lending.api.commands.SettlePurchase;
import io.peerlend.lending.api.commands.TransferLoanPart;
import io.peerlend.lending.api.events.LoanPartTransferred;
import io.peerlend.lending.calendar.Today;
import io.peerlend.lending.kyc.IdentityGateProcess;
import io.peerlend.lending.loans.LoanQueries;
import io.peerlend.lending.portfolio.PortfolioReadModel;
import io.peerlend.lending.product.Amounts;
import io.peerlend.lending.product.LoanPartPolicy;
import io.peerlend.lending.product.RuleBroken;
import io.peerlend.lending.suitability.SuitabilityReadModel;
import io.peerlend.platform.web.StateConflictException;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * One secondary-market purchase, as steps, for a lender at the screen or for their auto-invest rule: the buyer may lend
 * (verified, assessed, categorised) and stays within 1% of their money in one borrower; the day's price is set aside
 * from their money (an offer's rules: available balance, a restricted investor's 10%); the loan transfers the parts if
 * the listing is still for sale at no more than that; otherwise the money goes back. A retry with the same purchase id
 * gets the same sale.
 */
@Component
public class Purchases {

    private final CommandGateway commands;
    private final PortfolioReadModel portfolio;
    private final LenderAccountReadModel accounts;
    private final LoanQueries loans;
    private final IdentityGateProcess identity;
    private final SuitabilityReadModel suitability;
    private final LoanPartPolicy parts;
    private final Today today;

    Purchases(
            CommandGateway commands,
            PortfolioReadModel portfolio,
            LenderAccountReadModel accounts,
            LoanQueries loans,
            IdentityGateProcess identity,
            SuitabilityReadModel suitability,
            LoanPartPolicy parts,
            Today today) {
        this.commands = commands;
        this.portfolio = portfolio;
        this.accounts = accounts;
        this.loans = loans;
        this.identity = identity;
        this.suitability = suitability;
        this.parts = parts;
        this.today = today;
    }

    /**
     * @throws StateConflictException when the buyer may not buy (identity, assessment, the 1% per borrower)
     * @throws RuleBroken when the listing is gone, sold to another or too dear for the buyer's money
     */
    public LoanPartTransferred buy(String buyerId, String loanId, String listingId, String purchaseId) {
        if (!identity.mayLend(buyerId)) {
            throw new StateConflictException("complete your identity verification as a lender before buying");
        }
        if (!suitability.passed(buyerId)) {
            throw new StateConflictException("take the appropriateness assessment before your first purchase");
        }
        suitability.requiredCategory(buyerId);
        LocalDate asOf = today.date();
        LoanPartPrice price;
        try {
            price = commands.sendAndWait(new QuoteLoanPartSale(loanId, listingId, asOf));
        } catch (RuleBroken notForSale) {
            // a retry of a purchase already made answers with it; anyone else hears why not
            return commands.sendAndWait(new TransferLoanPart(loanId, listingId, buyerId, purchaseId, asOf, 0));
        }
        requireWithinBorrowerLimit(buyerId, loanId, price);
        long reserved = commands.sendAndWait(
                new ReserveForPurchase(buyerId, purchaseId, listingId, loanId, price.priceMinor(), price.currency()));
        try {
            return commands.sendAndWait(new TransferLoanPart(loanId, listingId, buyerId, purchaseId, asOf, reserved));
        } catch (RuleBroken lost) {
            // another buyer was first, or the price moved: the money set aside goes back
            commands.sendAndWait(
                    new SettlePurchase(buyerId, purchaseId, false, loanId, listingId, 0, 0, lost.getMessage()));
            throw lost;
        }
    }

    /** At most 1% of the buyer's money (balance and principal lent) in one borrower, never less than a part. */
    private void requireWithinBorrowerLimit(String buyerId, String loanId, LoanPartPrice price) {
        Map<String, Long> held = portfolio.outstandingByLoan(buyerId);
        long money = accounts.find(buyerId)
                        .map(LenderAccountReadModel.Account::balance)
                        .orElse(0L)
                + held.values().stream().mapToLong(Long::longValue).sum();
        long limit = Math.max(parts.minimumPart(), money * parts.maximumSharePerMille() / 1000);
        String borrower = loans.borrowerOf(loanId).orElse(null);
        long inBorrower = price.principalMinor()
                + held.entrySet().stream()
                        .filter(e -> borrower != null
                                && borrower.equals(loans.borrowerOf(e.getKey()).orElse(null)))
                        .mapToLong(Map.Entry::getValue)
                        .sum();
        if (inBorrower > limit) {
            throw new StateConflictException("at most " + parts.maximumSharePerMille() / 10.0
                    + "% of your money may be lent to one borrower: "
                    + Amounts.format(limit, price.currency()) + " of " + Amounts.format(money, price.currency())
                    + "; this purchase would make it " + Amounts.format(inBorrower, price.currency()));
        }
    }
}
