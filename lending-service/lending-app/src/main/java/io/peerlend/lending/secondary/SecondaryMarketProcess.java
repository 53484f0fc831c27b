package io.peerlend.lending.secondary;

import io.peerlend.lending.api.commands.CancelLoanPartListing;
import io.peerlend.lending.api.commands.ReceiveSaleProceeds;
import io.peerlend.lending.api.commands.SettlePurchase;
import io.peerlend.lending.api.events.LoanArrearsChanged;
import io.peerlend.lending.api.events.LoanDefaulted;
import io.peerlend.lending.api.events.LoanPartTransferred;
import io.peerlend.lending.api.events.LoanRepaid;
import io.peerlend.lending.api.events.LoanWithdrawn;
import io.peerlend.lending.loans.domain.SecondaryMarketPolicy;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The money legs of a secondary-market sale, as steps: the loan's transfer is the sale; then the buyer's reservation
 * pays the price and the seller is credited the price less the fee (each step once, by purchase and listing). A loan
 * that stops performing takes its listings off the market. Never repeated on a replay.
 */
@Component
@ProcessingGroup("lending-secondary")
class SecondaryMarketProcess {

    private final CommandGateway commands;
    private final OpenListings listings;
    private final SecondaryMarketPolicy market;

    SecondaryMarketProcess(CommandGateway commands, OpenListings listings, SecondaryMarketPolicy market) {
        this.commands = commands;
        this.listings = listings;
        this.market = market;
    }

    @EventHandler
    @DisallowReplay
    void on(LoanPartTransferred e) {
        // step 1: the buyer pays (from the money set aside)
        commands.sendAndWait(new SettlePurchase(
                e.buyerId(),
                e.purchaseId(),
                true,
                e.loanId(),
                e.listingId(),
                e.principalMinor(),
                e.priceMinor(),
                null));
        // step 2: the seller is paid, less the platform's sale fee
        commands.sendAndWait(new ReceiveSaleProceeds(
                e.sellerId(),
                e.listingId(),
                e.loanId(),
                e.purchaseId(),
                e.principalMinor(),
                e.priceMinor(),
                e.feeMinor(),
                e.currency()));
    }

    @EventHandler
    @DisallowReplay
    void on(LoanDefaulted e) {
        withdrawListings(e.loanId(), "the loan defaulted");
    }

    @EventHandler
    @DisallowReplay
    void on(LoanRepaid e) {
        withdrawListings(e.loanId(), "the loan was repaid");
    }

    @EventHandler
    @DisallowReplay
    void on(LoanWithdrawn e) {
        withdrawListings(e.loanId(), "the borrower withdrew from the loan");
    }

    @EventHandler
    @DisallowReplay
    void on(LoanArrearsChanged e) {
        if (!"CURRENT".equals(e.bucket()) && !market.latePartsAtDiscount()) {
            withdrawListings(e.loanId(), "the loan is in arrears");
        }
    }

    private void withdrawListings(String loanId, String reason) {
        for (OpenListings.Open l : listings.openOfLoan(loanId)) {
            commands.sendAndWait(new CancelLoanPartListing(loanId, l.listingId(), l.sellerId(), reason));
        }
    }
}
