package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import io.peerlend.client.kyc.api.OnboardingControllerApi;
import io.peerlend.client.kyc.model.Address;
import io.peerlend.client.kyc.model.Contact;
import io.peerlend.client.kyc.model.DecisionResult;
import io.peerlend.client.kyc.model.DocumentRequest;
import io.peerlend.client.kyc.model.OnboardingRequest;
import io.peerlend.client.lending.ApiException;
import io.peerlend.client.lending.api.LenderAccountControllerApi;
import io.peerlend.client.lending.api.LoanApplicationControllerApi;
import io.peerlend.client.lending.api.LoanControllerApi;
import io.peerlend.client.lending.api.OfferControllerApi;
import io.peerlend.client.lending.api.QuoteControllerApi;
import io.peerlend.client.lending.api.SuitabilityControllerApi;
import io.peerlend.client.lending.model.Answers;
import io.peerlend.client.lending.model.Category;
import io.peerlend.client.lending.model.Circumstances;
import io.peerlend.client.lending.model.LoanApplicationRequest;
import io.peerlend.client.lending.model.LoanApplicationView;
import io.peerlend.client.lending.model.LoanQuoteView;
import io.peerlend.client.lending.model.MoneyRequest;
import io.peerlend.client.lending.model.MonthlyFinances;
import io.peerlend.client.lending.model.OfferRequest;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The borrower's and the lender's journeys through the gateway with nothing but the Java client generated from the
 * published contracts (api-client, from docs/api/): if a contract left out an operation, a field or a value the
 * services need or send, these would not compile or would fail. Real Keycloak tokens, no hand-written JSON.
 */
class GeneratedClientJourneysIT extends EndToEndTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    // (a lender lends at most 1% of their money to one borrower: 150,000.00 covers this 1,500.00 loan alone)
    /** A market no other test lends in, at a rate below any other offer, so this lender funds this borrower. */
    private static final int TERM = 36;

    private static final String RATE = "1.05";

    @Test
    void givenTheGeneratedClient_whenALenderOffersAndABorrowerApplies_thenTheLoanIsQuotedAcceptedAndFunded()
            throws Exception {
        // a borrower gives their identity and applies
        String borrower = newUser("borrower");
        assertThat(onboard(borrower, OnboardingRequest.RolesEnum.BORROWER, "Gina", "Generated", "G5550101"))
                .isEqualTo(DecisionResult.StatusEnum.VERIFIED);
        LoanApplicationControllerApi applications = new LoanApplicationControllerApi(lending(borrower));
        String id = applications
                .loanApplicationSubmit(new LoanApplicationRequest()
                        .amount("1500.00")
                        .termMonths(TERM)
                        .purpose(LoanApplicationRequest.PurposeEnum.HOME_IMPROVEMENT)
                        .finances(new MonthlyFinances()
                                .netIncome("3200.00")
                                .outgoings("1400.00")
                                .debtRepayments("120.00"))
                        .circumstances(new Circumstances()
                                .currentAccount(Circumstances.CurrentAccountEnum.HEALTHY)
                                .creditHistory(Circumstances.CreditHistoryEnum.EXISTING_REPAID_ON_TIME)
                                .savings(Circumstances.SavingsEnum.MODERATE)
                                .employmentStatus(Circumstances.EmploymentStatusEnum.EMPLOYED)
                                .employmentYears(5)
                                .property(Circumstances.PropertyEnum.HOME)
                                .age(41)
                                .otherInstalmentPlans(Circumstances.OtherInstalmentPlansEnum.NONE)
                                .housing(Circumstances.HousingEnum.OWN)
                                .existingCredits(1)))
                .getId();
        String grade = await().atMost(PATIENCE)
                .until(
                        () -> applications.loanApplicationGet(id),
                        a -> List.of("SCORED", "QUOTED").contains(a.getStatus()))
                .getGrade();

        // a lender gives their identity, deposits, passes the assessment and offers in that market
        String lender = newUser("lender");
        assertThat(onboard(lender, OnboardingRequest.RolesEnum.LENDER, "Lars", "Generated", "L5550102"))
                .isEqualTo(DecisionResult.StatusEnum.VERIFIED);
        LenderAccountControllerApi account = new LenderAccountControllerApi(lending(lender));
        String depositKey = UUID.randomUUID().toString();
        await().atMost(PATIENCE)
                .ignoreExceptions()
                .untilAsserted(() -> account.lenderAccountDeposit(depositKey, new MoneyRequest().amount("150000.00")));
        await().atMost(PATIENCE).until(() -> account.lenderAccountMine().getAvailable(), "150000.00"::equals);
        SuitabilityControllerApi suitability = new SuitabilityControllerApi(lending(lender));
        assertThat(suitability
                        .suitabilityAssess(new Answers()
                                .answers(Map.of(
                                        "capital",
                                        "b",
                                        "fscs",
                                        "b",
                                        "liquidity",
                                        "b",
                                        "diversification",
                                        "a",
                                        "failure",
                                        "b")))
                        .getPassed())
                .isTrue();
        suitability.suitabilityCategorise(new Category().category(Category.CategoryEnum.HIGH_NET_WORTH));
        OfferControllerApi offers = new OfferControllerApi(lending(lender));
        OfferRequest offer = new OfferRequest()
                .grade(grade)
                .termMonths(TERM)
                .amount("150000.00")
                .rate(RATE);
        String offerKey = UUID.randomUUID().toString();
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> offers.offerPlace(offerKey, offer));
        await().atMost(PATIENCE)
                .until(
                        () -> offers.offerMine(),
                        o -> !o.isEmpty() && "ACTIVE".equals(o.get(0).getStatus()));

        // the contract requires an idempotency key on a money request: the generated client will not send one
        // without, and the service refuses a malformed one with the problem the contract describes
        ApiException noKey = catchThrowableOfType(
                ApiException.class, () -> account.lenderAccountWithdraw(null, new MoneyRequest().amount("1.00")));
        assertThat(noKey.getMessage()).contains("Missing the required parameter 'idempotencyKey'");
        ApiException badKey = catchThrowableOfType(
                ApiException.class,
                () -> account.lenderAccountWithdraw("not a key", new MoneyRequest().amount("1.00")));
        assertThat(badKey.getCode()).isEqualTo(400);
        assertThat(badKey.getResponseBody()).contains("Idempotency-Key");

        // the borrower is quoted from the lender's offer, reads the pre-contract information and accepts
        applications.loanApplicationRequestQuote(id);
        await().atMost(PATIENCE).until(() -> applications.loanApplicationGet(id), a -> "QUOTED".equals(a.getStatus()));
        LoanQuoteView quote = new QuoteControllerApi(lending(borrower)).quoteQuote(id);
        assertThat(quote.getRate()).isEqualTo(RATE);
        assertThat(quote.getInstallments()).hasSize(TERM);
        assertThat(quote.getPreContractInformation().getApr()).endsWith("%");
        applications.loanApplicationAccept(id);
        LoanApplicationView funded = await().atMost(PATIENCE)
                .until(() -> applications.loanApplicationGet(id), a -> "FUNDED".equals(a.getStatus()));
        assertThat(funded.getAmount()).isEqualTo("1500.00");
        // (the borrower's list of loans follows the events on its own)
        LoanControllerApi loans = new LoanControllerApi(lending(borrower));
        await().atMost(PATIENCE).until(() -> loans.loanMine(null, null), list -> list.size() == 1);
        await().atMost(PATIENCE)
                .until(() -> account.lenderAccountMine().getStatement().stream()
                        .anyMatch(line -> "LENT".equals(line.getType()) && "-1500.00".equals(line.getAmount())));
    }

    private static String newUser(String role) throws Exception {
        String name = role.charAt(0) + "g-" + UUID.randomUUID().toString().substring(0, 8);
        KeycloakRealmIT.admin().createUser(name, role);
        return api.tokenFor(name, Journeys.PASSWORD);
    }

    private static DecisionResult.StatusEnum onboard(
            String token, OnboardingRequest.RolesEnum role, String given, String surname, String passport)
            throws Exception {
        List<String> lines = Identities.passportLines(given, surname, "1984-04-04", passport);
        return new OnboardingControllerApi(kyc(token))
                .onboardingOnboard(new OnboardingRequest()
                        .roles(Set.of(role))
                        .fullName(given + " " + surname)
                        .dateOfBirth(LocalDate.of(1984, 4, 4))
                        .nationality("GB")
                        .politicallyExposed(false)
                        .address(new Address()
                                .line1("1 Test Street")
                                .city("Leeds")
                                .postcode("LS1 1AA")
                                .country("GB"))
                        .contact(new Contact().email(passport.toLowerCase() + "@example.org"))
                        .document(new DocumentRequest()
                                .type(DocumentRequest.TypeEnum.MRZ)
                                .lines(lines)))
                .getStatus();
    }

    private static io.peerlend.client.lending.ApiClient lending(String token) {
        return signedIn(
                new io.peerlend.client.lending.ApiClient(),
                io.peerlend.client.lending.ApiClient::updateBaseUri,
                io.peerlend.client.lending.ApiClient::setRequestInterceptor,
                token);
    }

    private static io.peerlend.client.kyc.ApiClient kyc(String token) {
        return signedIn(
                new io.peerlend.client.kyc.ApiClient(),
                io.peerlend.client.kyc.ApiClient::updateBaseUri,
                io.peerlend.client.kyc.ApiClient::setRequestInterceptor,
                token);
    }

    /**
     * A generated client pointed at the gateway with the user's token. Each API's generator writes its own ApiClient
     * (same shape, no common type), so the two steps are passed in.
     */
    private static <C> C signedIn(
            C client,
            BiConsumer<C, String> baseUri,
            BiConsumer<C, Consumer<HttpRequest.Builder>> interceptor,
            String token) {
        baseUri.accept(client, platform.gatewayUrl());
        interceptor.accept(client, request -> request.header("Authorization", "Bearer " + token));
        return client;
    }
}
