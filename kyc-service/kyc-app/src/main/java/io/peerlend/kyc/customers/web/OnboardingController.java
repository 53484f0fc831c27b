package io.peerlend.kyc.customers.web;

import io.peerlend.kyc.api.CustomerStatus;
import io.peerlend.kyc.api.CustomerView;
import io.peerlend.kyc.api.DecisionResult;
import io.peerlend.kyc.api.DeclareSourceOfFunds;
import io.peerlend.kyc.api.OnboardingRequest;
import io.peerlend.kyc.api.SourceOfFundsRequest;
import io.peerlend.kyc.customers.CustomerWords;
import io.peerlend.kyc.customers.Onboarding;
import io.peerlend.kyc.customers.PersonalData;
import io.peerlend.kyc.customers.domain.CustomerNotices;
import io.peerlend.kyc.customers.domain.CustomerRuleBroken;
import io.peerlend.kyc.customers.domain.OnboardingPolicy;
import io.peerlend.kyc.customers.readmodel.CustomerReadModel;
import io.peerlend.kyc.customers.readmodel.RelatedPartyFlags;
import io.peerlend.kyc.documents.DocumentChecker;
import io.peerlend.platform.security.Roles;
import io.peerlend.platform.web.RequestRejectedException;
import io.peerlend.platform.web.StateConflictException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer's own side: onboarding and their record. What they are told comes from {@link CustomerNotices}'
 * fixed list: never a sanctions match or an officer's note (that would tip them off).
 */
@RestController
class OnboardingController {

    private final Onboarding onboarding;
    private final CustomerReadModel customers;
    private final RelatedPartyFlags relatedParties;
    private final PersonalData personalData;
    private final CommandGateway commands;

    OnboardingController(
            Onboarding onboarding,
            CustomerReadModel customers,
            RelatedPartyFlags relatedParties,
            PersonalData personalData,
            CommandGateway commands) {
        this.onboarding = onboarding;
        this.relatedParties = relatedParties;
        this.customers = customers;
        this.personalData = personalData;
        this.commands = commands;
    }

    @Operation(summary = "Give your identity to borrow or lend (roles borrower, lender)")
    @PostMapping("/api/kyc/onboarding")
    @ResponseStatus(HttpStatus.CREATED)
    DecisionResult onboard(
            @Valid @RequestBody OnboardingRequest request,
            @AuthenticationPrincipal Jwt caller,
            Authentication auth,
            Locale language) {
        DocumentChecker.requireShape(request.document(), "document.");
        if (!onboardingAllowed(request, auth)) {
            throw new RequestRejectedException("roles", "you may only ask for the roles of your account");
        }
        OnboardingPolicy.Outcome outcome = onboarding.onboard(caller.getSubject(), request);
        // at onboarding, a rejection is always the customer's document, and its reasons name what failed
        CustomerNotices.Notice shown = CustomerNotices.forCustomer(outcome.status(), outcome.reasons());
        return new DecisionResult(
                caller.getSubject(), shown.status(), CustomerWords.notices(shown.reasons(), language));
    }

    @Operation(summary = "Your own KYC record, with your personal data (roles borrower, lender)")
    @GetMapping("/api/kyc/customers/me")
    CustomerView me(@AuthenticationPrincipal Jwt caller, Locale language) {
        CustomerReadModel.Entry c = customers
                .find(caller.getSubject())
                .orElseThrow(() -> new NoSuchElementException("you have not given your identity yet"));
        List<String> documentFailures = c.status() == CustomerStatus.REJECTED && !c.documentValid()
                ? personalData.openList(c.documentFailures())
                : List.of();
        CustomerNotices.Notice shown = CustomerNotices.forCustomer(c.status(), documentFailures);
        return new CustomerView(
                c.id(),
                shown.status(),
                c.roles(),
                null,
                List.of(),
                CustomerWords.notices(shown.reasons(), language),
                c.reverifyBy(),
                List.of(),
                null,
                personalData.open(c.personalData()).orElse(null),
                c.submittedAt(),
                c.updatedAt(),
                c.evidence() == null ? List.of() : c.evidence(),
                null,
                relatedParties.of(c.id()));
    }

    @Operation(
            summary = "Declare where your money comes from, which enhanced due diligence asks of some customers"
                    + " (roles borrower, lender)")
    @PostMapping("/api/kyc/customers/me/source-of-funds")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void declareSourceOfFunds(@Valid @RequestBody SourceOfFundsRequest request, @AuthenticationPrincipal Jwt caller) {
        String me = caller.getSubject();
        customers.find(me).orElseThrow(() -> new NoSuchElementException("you have not given your identity yet"));
        try {
            commands.sendAndWait(new DeclareSourceOfFunds(me, personalData.seal(me, request)));
        } catch (CustomerRuleBroken e) {
            throw new StateConflictException(e.getMessage());
        }
    }

    private static boolean onboardingAllowed(OnboardingRequest request, Authentication auth) {
        return request.roles().stream()
                .allMatch(role -> Roles.has(auth, role.name().toLowerCase()));
    }
}
