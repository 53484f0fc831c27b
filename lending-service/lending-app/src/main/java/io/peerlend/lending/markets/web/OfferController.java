package io.peerlend.lending.markets.web;

import io.peerlend.lending.api.Markets;
import io.peerlend.lending.api.commands.CancelOffer;
import io.peerlend.lending.api.commands.CommitToOffer;
import io.peerlend.lending.api.http.OfferRequest;
import io.peerlend.lending.kyc.IdentityGateProcess;
import io.peerlend.lending.markets.OffersReadModel;
import io.peerlend.lending.pricing.RateGuidance;
import io.peerlend.lending.pricing.domain.GuidanceTable;
import io.peerlend.lending.product.Amounts;
import io.peerlend.lending.product.LoanProductPolicy;
import io.peerlend.lending.suitability.SuitabilityReadModel;
import io.peerlend.platform.web.FieldError;
import io.peerlend.platform.web.IdempotencyKeys;
import io.peerlend.platform.web.RequestRejectedException;
import io.peerlend.platform.web.RequiredIdempotencyKey;
import io.peerlend.platform.web.StateConflictException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * Lenders' offers in the markets, and the markets' public picture. Placing an offer sets the money aside at once and
 * puts it in the market's book a moment later (PENDING → ACTIVE); only verified lenders who passed the
 * appropriateness assessment and declared their investor category may offer; a restricted investor at most 10% of
 * their net investable assets in 12 months.
 */
@RestController
class OfferController {

    public record OfferView(
            String offerId,
            String market,
            String amount,
            String remaining,
            String rate,
            String status,
            String reason,
            String warning) {}

    /** A market's money on offer and lowest rate, with its guidance and break-even rates (null until known). */
    public record MarketView(
            String market,
            String grade,
            int termMonths,
            String available,
            String lowestRate,
            int offers,
            String guidanceRate,
            String breakEvenRate) {}

    private final CommandGateway commands;
    private final OffersReadModel offers;
    private final LoanProductPolicy product;
    private final IdentityGateProcess identity;
    private final SuitabilityReadModel suitability;
    private final RateGuidance guidance;

    OfferController(
            CommandGateway commands,
            OffersReadModel offers,
            LoanProductPolicy product,
            IdentityGateProcess identity,
            SuitabilityReadModel suitability,
            RateGuidance guidance) {
        this.commands = commands;
        this.offers = offers;
        this.product = product;
        this.identity = identity;
        this.suitability = suitability;
        this.guidance = guidance;
    }

    @Operation(
            summary = "Offer money in a market at your rate (role lender; Idempotency-Key required); a rate whose "
                    + "interest after the servicing fee is below the market's expected loss is accepted with a warning")
    @PostMapping("/api/lending/offers")
    ResponseEntity<OfferView> place(
            @RequiredIdempotencyKey @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key,
            @Valid @RequestBody OfferRequest request,
            @AuthenticationPrincipal Jwt lender) {
        String offerId = IdempotencyKeys.reference("off-", lender.getSubject(), key);
        List<FieldError> errors = new ArrayList<>();
        String marketId = null;
        try {
            marketId = Markets.id(request.grade(), request.termMonths());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(
                    "grade", "grade must be one of " + Markets.GRADES + " and termMonths one of " + Markets.TERMS));
        }
        long amount = 0;
        try {
            amount = Amounts.toMinor(request.amount(), product.currency());
        } catch (ArithmeticException e) {
            errors.add(new FieldError("amount", "has more decimals than " + product.currency() + " allows"));
        }
        if (!errors.isEmpty()) {
            throw new RequestRejectedException(errors);
        }
        String lenderId = lender.getSubject();
        if (!identity.mayLend(lenderId)) {
            throw new StateConflictException("complete your identity verification as a lender before offering");
        }
        if (!suitability.passed(lenderId)) {
            throw new StateConflictException("take the appropriateness assessment before your first offer");
        }
        suitability.requiredCategory(lenderId); // uk: a category first (its 10% limit is the account's own rule)
        int rateBps = Amounts.bps(request.rate());
        Optional<GuidanceTable> table = guidance.current();
        commands.sendAndWait(new CommitToOffer(lenderId, offerId, marketId, amount, rateBps, product.currency()));
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new OfferView(
                        offerId,
                        marketId,
                        fmt(amount),
                        fmt(amount),
                        Amounts.percent(rateBps),
                        "PENDING",
                        null,
                        warning(table, marketId, rateBps)));
    }

    @Operation(summary = "Cancel your offer; what is unmatched goes back to your available balance (role lender)")
    @DeleteMapping("/api/lending/offers/{offerId}")
    ResponseEntity<Map<String, String>> cancel(@PathVariable String offerId, @AuthenticationPrincipal Jwt lender) {
        OffersReadModel.Entry offer = offers.find(offerId)
                .filter(o -> o.lenderId().equals(lender.getSubject()))
                .orElseThrow(() -> new NoSuchElementException("no offer " + offerId));
        commands.sendAndWait(new CancelOffer(offer.marketId(), offerId, lender.getSubject()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("offerId", offerId, "status", "CANCELLED"));
    }

    @Operation(summary = "Your offers (role lender), each active one below its market's break-even rate with a warning")
    @GetMapping("/api/lending/offers")
    List<OfferView> mine(@AuthenticationPrincipal Jwt lender) {
        Optional<GuidanceTable> table = guidance.current();
        return offers.ofLender(lender.getSubject()).stream()
                .map(o -> new OfferView(
                        o.id(),
                        o.marketId(),
                        fmt(o.amountMinor()),
                        fmt(o.remainingMinor()),
                        Amounts.percent(o.rateBps()),
                        o.status().name(),
                        o.reason(),
                        o.remainingMinor() > 0 && o.status() == OffersReadModel.Status.ACTIVE
                                ? warning(table, o.marketId(), o.rateBps())
                                : null))
                .toList();
    }

    @Operation(
            summary = "Every market with the money on offer, the lowest rate, and its guidance and break-even rates "
                    + "(no login; GET /public/lending/markets/guidance explains them)")
    @GetMapping("/public/lending/markets")
    List<MarketView> markets() {
        Optional<GuidanceTable> table = guidance.current();
        Map<String, List<OffersReadModel.Entry>> byMarket = new LinkedHashMap<>();
        for (OffersReadModel.Entry o : offers.active()) {
            byMarket.computeIfAbsent(o.marketId(), k -> new ArrayList<>()).add(o);
        }
        List<MarketView> views = new ArrayList<>();
        for (String grade : Markets.GRADES) {
            for (int term : Markets.TERMS) {
                List<OffersReadModel.Entry> in = byMarket.getOrDefault(Markets.id(grade, term), List.of());
                long available = in.stream()
                        .mapToLong(OffersReadModel.Entry::remainingMinor)
                        .sum();
                OptionalInt lowestBps =
                        in.stream().mapToInt(OffersReadModel.Entry::rateBps).min();
                String lowest = lowestBps.isPresent()
                        ? BigDecimal.valueOf(lowestBps.getAsInt(), 2).toPlainString()
                        : null;
                String id = Markets.id(grade, term);
                Optional<GuidanceTable.MarketGuidance> g = table.flatMap(t -> t.of(id));
                views.add(new MarketView(
                        id,
                        grade,
                        term,
                        fmt(available),
                        lowest,
                        in.size(),
                        g.map(m -> percent(m.g().rate())).orElse(null),
                        g.map(m -> percent(m.g().breakEvenRate())).orElse(null)));
            }
        }
        return views;
    }

    private static String warning(Optional<GuidanceTable> table, String marketId, int rateBps) {
        return table.flatMap(t -> t.warning(marketId, rateBps)).orElse(null);
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private String fmt(long minor) {
        return Amounts.format(minor, product.currency());
    }
}
