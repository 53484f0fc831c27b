package io.peerlend.lending.suitability.web;

import io.peerlend.lending.api.InvestorCategory;
import io.peerlend.lending.api.commands.AssessAppropriateness;
import io.peerlend.lending.api.commands.DeclareInvestorCategory;
import io.peerlend.lending.api.commands.SetInvestmentLimit;
import io.peerlend.lending.api.events.AppropriatenessAssessed;
import io.peerlend.lending.api.events.InvestorCategorised;
import io.peerlend.lending.api.http.InvestorCategoryView;
import io.peerlend.lending.product.Amounts;
import io.peerlend.lending.product.LoanProductPolicy;
import io.peerlend.lending.suitability.SuitabilityReadModel;
import io.peerlend.lending.suitability.domain.AppropriatenessQuestions;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The lender's appropriateness assessment and investor categorisation (before their first offer). */
@RestController
class SuitabilityController {

    public record Answers(@NotEmpty Map<String, String> answers) {}

    public record Category(
            @NotNull InvestorCategory category,

            @Pattern(regexp = "\\d{1,12}(\\.\\d+)?", message = "must be an amount such as 50000.00")
            String netInvestableAssets) {}

    /**
     * Where a lender stands before their first offer: {@code assessed} (the appropriateness assessment passed), whether
     * the profile asks for an investor category, the one declared and its 12-month limit ("none" when unrestricted).
     */
    public record SuitabilityView(
            boolean assessed, boolean categoryRequired, InvestorCategory category, String limitIn12Months) {}

    private final CommandGateway commands;
    private final LoanProductPolicy product;
    private final SuitabilityReadModel suitability;

    SuitabilityController(CommandGateway commands, LoanProductPolicy product, SuitabilityReadModel suitability) {
        this.commands = commands;
        this.product = product;
        this.suitability = suitability;
    }

    @Operation(summary = "Your appropriateness assessment and investor category (role lender)")
    @GetMapping("/api/lending/suitability")
    SuitabilityView mine(@AuthenticationPrincipal Jwt lender) {
        var category = suitability.category(lender.getSubject());
        return new SuitabilityView(
                suitability.passed(lender.getSubject()),
                suitability.categorises(),
                category.map(SuitabilityReadModel.Category::category).orElse(null),
                category.map(c -> c.limitMinor() < 0 ? "none" : Amounts.format(c.limitMinor(), product.currency()))
                        .orElse(null));
    }

    @Operation(summary = "The appropriateness questions (role lender)")
    @GetMapping("/api/lending/appropriateness/questions")
    List<AppropriatenessQuestions.Question> questions() {
        // the right answers travel too: the assessment is an aid to understanding, and each is explained afterwards
        return AppropriatenessQuestions.QUESTIONS;
    }

    @Operation(summary = "Answer the appropriateness questions (role lender); failing blocks a retry for a while")
    @PostMapping("/api/lending/appropriateness")
    AppropriatenessAssessed assess(@Valid @RequestBody Answers answers, @AuthenticationPrincipal Jwt lender) {
        return commands.sendAndWait(new AssessAppropriateness(lender.getSubject(), answers.answers()));
    }

    @Operation(summary = "Declare your investor category and, if restricted, net investable assets (role lender)")
    @PostMapping("/api/lending/investor-category")
    InvestorCategoryView categorise(@Valid @RequestBody Category request, @AuthenticationPrincipal Jwt lender) {
        long assets = request.netInvestableAssets() == null
                ? 0
                : Amounts.requested("netInvestableAssets", request.netInvestableAssets(), product.currency());
        InvestorCategorised c =
                commands.sendAndWait(new DeclareInvestorCategory(lender.getSubject(), request.category(), assets));
        // the account checks every commitment against the limit: it must hold it before the lender can offer
        commands.sendAndWait(new SetInvestmentLimit(c.lenderId(), c.category(), c.limitMinor()));
        return new InvestorCategoryView(
                c.category(), c.limitMinor() < 0 ? "none" : Amounts.format(c.limitMinor(), product.currency()));
    }
}
