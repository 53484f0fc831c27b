package io.peerlend.lending.accounts.autoinvest.web;

import io.peerlend.lending.accounts.autoinvest.AutoInvestRules;
import io.peerlend.lending.api.Markets;
import io.peerlend.lending.api.commands.SetAutoInvest;
import io.peerlend.lending.api.events.AutoInvestSet;
import io.peerlend.lending.api.http.AutoInvestRequest;
import io.peerlend.lending.api.http.AutoInvestView;
import io.peerlend.lending.kyc.IdentityGateProcess;
import io.peerlend.lending.product.Amounts;
import io.peerlend.lending.product.LoanProductPolicy;
import io.peerlend.lending.suitability.SuitabilityReadModel;
import io.peerlend.platform.security.EndpointRules;
import io.peerlend.platform.security.Roles;
import io.peerlend.platform.web.FieldError;
import io.peerlend.platform.web.RequestRejectedException;
import io.peerlend.platform.web.StateConflictException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A lender's auto-invest rule: set it (the same gates as a first offer; a restricted investor places each offer
 * themself, so the 10% limit is checked every time) and read it back.
 */
@RestController
class AutoInvestController {

    private final CommandGateway commands;
    private final IdentityGateProcess identity;
    private final SuitabilityReadModel suitability;
    private final LoanProductPolicy product;
    private final AutoInvestRules rules;

    AutoInvestController(
            CommandGateway commands,
            IdentityGateProcess identity,
            SuitabilityReadModel suitability,
            LoanProductPolicy product,
            AutoInvestRules rules) {
        this.commands = commands;
        this.identity = identity;
        this.suitability = suitability;
        this.product = product;
        this.rules = rules;
    }

    @Bean
    static EndpointRules autoInvestEndpoints() {
        return rules -> rules.requestMatchers("/api/lending/auto-invest").hasRole(Roles.LENDER);
    }

    @Operation(
            summary = "Set your auto-invest rule (role lender; verified, assessed, not a restricted investor); "
                    + "without minRate each market's guidance rate is the lowest rate it offers at")
    @PutMapping("/api/lending/auto-invest")
    ResponseEntity<AutoInvestView> set(
            @Valid @RequestBody AutoInvestRequest request, @AuthenticationPrincipal Jwt lender) {
        List<FieldError> errors = new ArrayList<>();
        List<String> markets = new ArrayList<>();
        for (int i = 0; i < request.markets().size(); i++) {
            AutoInvestRequest.Market m = request.markets().get(i);
            try {
                markets.add(Markets.id(m.grade(), m.termMonths()));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(
                        "markets[" + i + "]",
                        "grade must be one of " + Markets.GRADES + " and termMonths one of " + Markets.TERMS));
            }
        }
        boolean atGuidance = request.minRate() == null || request.minRate().isBlank();
        int min = atGuidance ? 0 : bps(request.minRate());
        int max = bps(request.maxRate());
        if (min > max) {
            errors.add(new FieldError("minRate", "must not be above maxRate"));
        }
        long perLoan = 0;
        if (request.maxPerLoan() != null) {
            try {
                perLoan = Amounts.toMinor(request.maxPerLoan(), product.currency());
            } catch (ArithmeticException e) {
                errors.add(new FieldError("maxPerLoan", "has more decimals than " + product.currency() + " allows"));
            }
        }
        if (!errors.isEmpty()) {
            throw new RequestRejectedException(errors);
        }
        String lenderId = lender.getSubject();
        if (!identity.mayLend(lenderId) || !suitability.passed(lenderId)) {
            throw new StateConflictException("verify your identity and take the appropriateness assessment first");
        }
        SuitabilityReadModel.Category category = suitability.requiredCategory(lenderId);
        if (category.limitMinor() >= 0) {
            throw new StateConflictException("a restricted investor places each offer themself (the 10% limit is "
                    + "checked every time); auto-invest is for other investor categories");
        }
        commands.sendAndWait(new SetAutoInvest(
                lenderId,
                request.enabled(),
                markets,
                min,
                max,
                perLoan,
                Boolean.TRUE.equals(request.reinvestRepayments()),
                atGuidance));
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(view(new AutoInvestSet(
                        lenderId,
                        request.enabled(),
                        markets,
                        min,
                        max,
                        perLoan,
                        Boolean.TRUE.equals(request.reinvestRepayments()),
                        null,
                        atGuidance)));
    }

    @Operation(summary = "Your auto-invest rule (role lender)")
    @GetMapping("/api/lending/auto-invest")
    AutoInvestView get(@AuthenticationPrincipal Jwt lender) {
        return rules.of(lender.getSubject())
                .map(this::view)
                .orElseThrow(() -> new NoSuchElementException("no auto-invest rule yet"));
    }

    private AutoInvestView view(AutoInvestSet rule) {
        return new AutoInvestView(
                rule.enabled(),
                rule.marketIds(),
                rule.atGuidance() ? null : Amounts.percent(rule.minRateBps()),
                Amounts.percent(rule.maxRateBps()),
                rule.maxPerLoanMinor() == 0 ? null : Amounts.format(rule.maxPerLoanMinor(), product.currency()),
                rule.reinvestRepayments(),
                rule.atGuidance());
    }

    private static int bps(String rate) {
        return Amounts.bps(rate);
    }
}
