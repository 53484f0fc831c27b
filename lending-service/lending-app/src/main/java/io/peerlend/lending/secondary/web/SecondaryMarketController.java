package io.peerlend.lending.secondary.web;

import io.peerlend.lending.api.commands.CancelLoanPartListing;
import io.peerlend.lending.api.commands.ListLoanPart;
import io.peerlend.lending.api.events.LoanPartTransferred;
import io.peerlend.lending.api.http.ListingRequest;
import io.peerlend.lending.api.http.ListingResult;
import io.peerlend.lending.api.http.ListingView;
import io.peerlend.lending.api.http.PurchaseView;
import io.peerlend.lending.calendar.Today;
import io.peerlend.lending.portfolio.PortfolioReadModel;
import io.peerlend.lending.product.RuleBroken;
import io.peerlend.lending.secondary.ListingsReadModel;
import io.peerlend.lending.secondary.Purchases;
import io.peerlend.platform.web.IdempotencyKeys;
import io.peerlend.platform.web.RequestRejectedException;
import io.peerlend.platform.web.RequiredIdempotencyKey;
import io.peerlend.platform.web.StateConflictException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The secondary market: lenders list their holdings (one, several, or all at once, each a listing of its own), other
 * lenders buy them under the rules of lending itself (verified, assessed, categorised; a restricted investor's 10%;
 * at most 1% of the buyer's money in one borrower), each purchase with an idempotency key and exactly once.
 */
@RestController
class SecondaryMarketController {

    private final CommandGateway commands;
    private final ListingsReadModel listings;
    private final Listings views;
    private final PortfolioReadModel portfolio;
    private final Purchases purchases;
    private final Today today;

    SecondaryMarketController(
            CommandGateway commands,
            ListingsReadModel listings,
            Listings views,
            PortfolioReadModel portfolio,
            Purchases purchases,
            Today today) {
        this.commands = commands;
        this.listings = listings;
        this.views = views;
        this.portfolio = portfolio;
        this.purchases = purchases;
        this.today = today;
    }

    @Operation(
            summary = "List your holdings for sale: loanIds, or all of them, each a listing of its own, at a premium "
                    + "or discount on the principal outstanding (role lender; Idempotency-Key required)")
    @PostMapping("/api/lending/secondary-market/listings")
    ResponseEntity<List<ListingResult>> list(
            @RequiredIdempotencyKey @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key,
            @Valid @RequestBody ListingRequest request,
            @AuthenticationPrincipal Jwt lender) {
        String sellerId = lender.getSubject();
        IdempotencyKeys.reference("lst-", sellerId, key); // the key's form, before anything else
        boolean all = Boolean.TRUE.equals(request.all());
        List<String> loanIds = all
                ? List.copyOf(portfolio.outstandingByLoan(sellerId).keySet())
                : request.loanIds() == null ? List.of() : request.loanIds();
        if (loanIds.isEmpty()) {
            throw new RequestRejectedException(
                    all ? "all" : "loanIds", all ? "you hold nothing to sell" : "name at least one loan, or all");
        }
        int premiumBps = new BigDecimal(request.premium()).movePointRight(2).intValueExact();
        LocalDate asOf = today.date();
        List<ListingResult> results = new ArrayList<>();
        for (String loanId : loanIds.stream().sorted().distinct().toList()) {
            String listingId = IdempotencyKeys.reference("lst-", sellerId, loanId, key);
            try {
                commands.sendAndWait(new ListLoanPart(loanId, listingId, sellerId, premiumBps, asOf));
                results.add(new ListingResult(loanId, listingId, "LISTED", null));
            } catch (RuleBroken refused) {
                if (!all && loanIds.size() == 1) {
                    throw refused;
                }
                results.add(new ListingResult(loanId, null, "REFUSED", refused.getMessage()));
            } catch (RuntimeException noSuchLoan) {
                results.add(new ListingResult(loanId, null, "REFUSED", "no such loan"));
            }
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(results);
    }

    @Operation(summary = "Take your listing off the market (role lender)")
    @DeleteMapping("/api/lending/secondary-market/listings/{listingId}")
    ResponseEntity<Map<String, String>> cancel(@PathVariable String listingId, @AuthenticationPrincipal Jwt lender) {
        ListingsReadModel.Listing listing = listings.find(listingId)
                .filter(l -> l.sellerId().equals(lender.getSubject()))
                .orElseThrow(() -> new NoSuchElementException("no listing " + listingId + " of yours"));
        if (listing.status() != ListingsReadModel.Status.OPEN) {
            throw new StateConflictException("this listing is " + listing.status());
        }
        commands.sendAndWait(new CancelLoanPartListing(listing.loanId(), listingId, lender.getSubject()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("listingId", listingId, "status", "CANCELLED"));
    }

    @Operation(
            summary = "The listings for sale, with each loan's grade, rate, months left, payment history, asking price "
                    + "and yield to maturity (role lender; ?limit=N, at most 200)")
    @GetMapping("/api/lending/secondary-market/listings")
    List<ListingView> market(
            @AuthenticationPrincipal Jwt lender, @RequestParam(name = "limit", defaultValue = "50") int limit) {
        return views.of(listings.open(Math.max(1, Math.min(limit, 200))), lender.getSubject(), today.date());
    }

    @Operation(summary = "Your listings and the parts you bought on the secondary market (role lender)")
    @GetMapping("/api/lending/secondary-market/listings/mine")
    List<ListingView> mine(@AuthenticationPrincipal Jwt lender) {
        return views.of(listings.of(lender.getSubject()), lender.getSubject(), today.date());
    }

    @Operation(
            summary = "Buy a listing at the day's price: principal, premium and the interest accrued to today (role "
                    + "lender; Idempotency-Key required; one buyer per listing)")
    @PostMapping("/api/lending/secondary-market/listings/{listingId}/purchase")
    ResponseEntity<PurchaseView> buy(
            @RequiredIdempotencyKey @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key,
            @PathVariable String listingId,
            @AuthenticationPrincipal Jwt lender) {
        String buyerId = lender.getSubject();
        String purchaseId = IdempotencyKeys.reference("buy-", buyerId, listingId, key);
        ListingsReadModel.Listing listing =
                listings.find(listingId).orElseThrow(() -> new NoSuchElementException("no listing " + listingId));
        LoanPartTransferred sale = purchases.buy(buyerId, listing.loanId(), listingId, purchaseId);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(view(sale));
    }

    private PurchaseView view(LoanPartTransferred t) {
        return new PurchaseView(
                t.purchaseId(),
                t.listingId(),
                t.loanId(),
                Listings.money(t.principalMinor(), t.currency()),
                Listings.money(t.premiumMinor(), t.currency()),
                Listings.money(t.accruedInterestMinor(), t.currency()),
                Listings.money(t.priceMinor(), t.currency()),
                t.transferOn(),
                "BOUGHT");
    }
}
