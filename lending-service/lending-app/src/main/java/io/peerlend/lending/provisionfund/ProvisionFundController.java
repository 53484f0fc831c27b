package io.peerlend.lending.provisionfund;

import io.peerlend.lending.loans.domain.ServicingPolicy;
import io.peerlend.lending.product.Amounts;
import io.peerlend.lending.product.LoanProductPolicy;
import io.peerlend.platform.security.EndpointRules;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.NoSuchElementException;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The provision fund's coverage ratio, a published figure: anyone may read it, no login. A jurisdiction profile
 * without a fund answers 404 saying so.
 */
@RestController
class ProvisionFundController {

    static final String DEFINITION = "coverage = the fund's balance ÷ expected losses; expected losses = the sum, over "
            + "loans being repaid, of outstanding principal × the probability of default the scorecard gave the "
            + "borrower, assuming nothing is recovered after a default";

    /** The published figure; {@code coverageRatio} is null while no loan is being repaid. */
    record ProvisionFundView(
            String currency,
            String balance,
            String expectedLosses,
            String coverageRatio,
            long performingLoans,
            String outstandingPrincipal,
            String definition) {}

    private final ProvisionFundCoverage coverage;
    private final LoanProductPolicy product;
    private final boolean kept;

    ProvisionFundController(ProvisionFundCoverage coverage, LoanProductPolicy product, ServicingPolicy servicing) {
        this.coverage = coverage;
        this.product = product;
        this.kept = servicing.provisionFund();
    }

    @Bean
    static EndpointRules provisionFundEndpoints() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/public/lending/provision-fund")
                .permitAll();
    }

    @Operation(summary = "The provision fund: balance, expected losses and coverage ratio (public)")
    @GetMapping("/public/lending/provision-fund")
    ProvisionFundView fund() {
        if (!kept) {
            // a profile without a fund (cn: the Interim Measures forbid a platform to guarantee lenders' money)
            throw new NoSuchElementException("there is no provision fund in this jurisdiction: lenders' "
                    + "principal and interest are not guaranteed by the platform");
        }
        String c = product.currency();
        ProvisionFundCoverage.Cover cover = coverage.cover(c);
        String ratio = cover.expectedLosses() == 0
                ? null
                : BigDecimal.valueOf(cover.balance())
                        .divide(BigDecimal.valueOf(cover.expectedLosses()), 2, RoundingMode.HALF_UP)
                        .toPlainString();
        return new ProvisionFundView(
                c,
                Amounts.format(cover.balance(), c),
                Amounts.format(cover.expectedLosses(), c),
                ratio,
                cover.performingLoans(),
                Amounts.format(cover.outstanding(), c),
                DEFINITION);
    }
}
