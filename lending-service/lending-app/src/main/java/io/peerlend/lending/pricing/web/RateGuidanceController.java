package io.peerlend.lending.pricing.web;

import io.peerlend.lending.api.http.RateGuidanceView;
import io.peerlend.lending.pricing.RateGuidance;
import io.peerlend.lending.pricing.domain.GuidanceTable;
import io.peerlend.platform.security.EndpointRules;
import io.peerlend.platform.web.ServiceUnavailableException;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The markets' guidance rates, published for anyone: what each market's loans are expected to lose, and why. */
@RestController
class RateGuidanceController {

    static final List<String> DEFINITIONS = List.of(
            "PD over the term: the scorecard's probability of default for the grade (the mean predicted PD of its "
                    + "hold-out applicants in the model card), over the loan's whole term.",
            "Yearly default rate: the constant yearly rate that gives that PD over the term, 1 - (1 - PD)^(12 / term "
                    + "in months).",
            "Expected loss: the yearly default rate times the loss given default, the share of the principal "
                    + "outstanding at default never recovered; measured on the platform's own loans once at least 30 "
                    + "have been in default for 12 months, a stated assumption until then.",
            "Fee: the servicing fee, a share of the interest lenders earn, charged at the guidance rate itself.",
            "Guidance rate = expected loss + fee + margin, rounded up to a basis point; break-even rate = the rate "
                    + "whose interest after the fee just covers the expected loss. An offer below it is expected to "
                    + "lose money. Guidance is not a promise of any return.");

    private final RateGuidance guidance;

    RateGuidanceController(RateGuidance guidance) {
        this.guidance = guidance;
    }

    @Bean
    static EndpointRules guidanceEndpoints() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/public/lending/markets/guidance")
                .permitAll();
    }

    @Operation(
            summary = "Each market's expected loss a year, servicing fee, margin and guidance rate, with the "
                    + "assumptions behind them (no login)")
    @GetMapping("/public/lending/markets/guidance")
    RateGuidanceView guidance() {
        GuidanceTable t = guidance.current()
                .orElseThrow(() -> new ServiceUnavailableException(
                        "guidance rates are not available yet: the scorecard's grades could not be read"));
        return new RateGuidanceView(
                t.modelVersion(),
                t.asOf().toString(),
                t.lossGivenDefault().rate().setScale(4, RoundingMode.HALF_UP).toPlainString(),
                t.lossGivenDefault().measured() ? "MEASURED" : "ASSUMED",
                t.lossGivenDefault().loans(),
                percent(t.feeShare()),
                percent(t.margin()),
                t.markets().stream()
                        .map(m -> new RateGuidanceView.Market(
                                m.marketId(),
                                m.grade(),
                                m.termMonths(),
                                percent(m.pd()),
                                percent(m.g().yearlyDefaultRate()),
                                percent(m.g().expectedLoss()),
                                percent(m.g().fee()),
                                percent(m.g().margin()),
                                percent(m.g().breakEvenRate()),
                                percent(m.g().rate())))
                        .toList(),
                DEFINITIONS);
    }

    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
