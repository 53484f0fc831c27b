package io.peerlend.lending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerlend.lending.api.events.BorrowingCapReached;
import io.peerlend.lending.applications.BorrowingCapGuard;
import io.peerlend.lending.loans.domain.ServicingPolicy;
import io.peerlend.lending.product.BorrowingCap;
import io.peerlend.lending.product.LoanApplicationRejected;
import io.peerlend.lending.product.LoanProductPolicy;
import io.peerlend.lending.quotes.domain.FeePolicy;
import io.peerlend.lending.quotes.domain.PreContractTerms;
import io.peerlend.lending.suitability.SuitabilityReadModel;
import io.peerlend.platform.testing.ServiceTests;
import java.util.UUID;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The cn jurisdiction profile: yuan, the 200,000 cap per borrower (a refusal recorded as an event), its servicing
 * rules, no investor categories.
 */
@SpringBootTest(properties = "PEERLEND_PROFILE=cn")
class LendingProfilesIT {

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "lending-profiles-it");
    }

    @Autowired
    LoanProductPolicy product;

    @Autowired
    BorrowingCap cap;

    @Autowired
    ServicingPolicy servicing;

    @Autowired
    SuitabilityReadModel suitability;

    @Autowired
    BorrowingCapGuard guard;

    @Autowired
    EventStore store;

    @Autowired
    PreContractTerms terms;

    @Autowired
    FeePolicy fees;

    @Test
    void givenTheCnProfile_whenTheServiceStarts_thenItLendsInYuanWithinTheInterimMeasuresCap() {
        assertThat(product.currency()).isEqualTo("CNY");
        assertThat(cap.maxOutstandingMinor()).isEqualTo(200_000_00L);
        cap.check(150_000_00, 50_000_00);
        assertThatThrownBy(() -> cap.check(150_000_00, 50_000_01)).isInstanceOf(LoanApplicationRejected.class);
        assertThat(servicing.coolingOffDays()).isEqualTo(7);
        assertThat(servicing.lateFeeMinor()).isEqualTo(50_00);
        assertThat(suitability.requiredCategory("any-lender").limitMinor())
                .as("no investor categories")
                .isEqualTo(-1);
    }

    @Test
    void givenTheCnProfile_whenABorrowerReadsTheTerms_thenTheyComeFromTheProfileAndNoFundIsPromised() {
        // the Interim Measures (2016) art. 10: a platform may not guarantee lenders' principal or interest
        assertThat(servicing.provisionFund()).isFalse();
        assertThat(servicing.provisionFee("B", 10_000_00, 200_00)).isZero();
        // the cooling-off period is the profile's 7 days, not a hard-coded 14
        assertThat(terms.withdrawal()).contains("7 days").doesNotContain("14");
        assertThat(terms.missedPayments()).contains("CNY 50.00").contains("7 days");
        assertThat(fees.originationFee("B", 10_000_00)).isEqualTo(200_00);
        assertThat(String.join(
                                " ",
                                terms.withdrawal(),
                                terms.missedPayments(),
                                terms.defaultRule(),
                                terms.earlyRepayment())
                        .toLowerCase())
                .doesNotContain("provision")
                .doesNotContain("guarant");
    }

    @Test
    void givenABorrowerAtTheCap_whenTheyAskForMore_thenTheRefusalIsAnEventNamingTheReasonAndTheBorrower()
            throws Exception {
        String borrower = "borrower-" + UUID.randomUUID();
        // given the borrower's own request (their token in the security context, as in a request)
        SecurityContextHolder.getContext()
                .setAuthentication(new JwtAuthenticationToken(Jwt.withTokenValue("t")
                        .header("alg", "none")
                        .subject(borrower)
                        .claim("preferred_username", "someone")
                        .build()));
        try {
            // when they ask for a cent more than the cap
            assertThatThrownBy(() -> guard.check(borrower, null, BorrowingCapReached.Stage.APPLICATION, 200_000_01))
                    .isInstanceOf(LoanApplicationRejected.class)
                    .hasMessageContaining("200000.00");
        } finally {
            SecurityContextHolder.clearContext();
        }
        // then the refusal is in the event store, with the amounts, the reason and who asked
        TrackedEventMessage<?> refusal = null;
        try (var events = store.openStream(null)) {
            while (refusal == null && events.hasNextAvailable()) {
                var event = events.nextAvailable();
                if (event.getPayload() instanceof BorrowingCapReached r
                        && r.borrowerId().equals(borrower)) {
                    refusal = event;
                }
            }
        }
        assertThat(refusal).as("the refusal is an event").isNotNull();
        BorrowingCapReached reached = (BorrowingCapReached) refusal.getPayload();
        assertThat(reached.requestedMinor()).isEqualTo(200_000_01);
        assertThat(reached.capMinor()).isEqualTo(200_000_00);
        assertThat(reached.currency()).isEqualTo("CNY");
        assertThat(reached.reason()).contains("more than the limit");
        assertThat(refusal.getMetaData().get("actor")).isEqualTo("user:" + borrower);
    }
}
