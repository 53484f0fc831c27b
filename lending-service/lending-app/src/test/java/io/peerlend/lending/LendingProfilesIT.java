package io.peerlend.lending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerlend.lending.applications.domain.BorrowingCap;
import io.peerlend.lending.applications.domain.LoanApplicationRejected;
import io.peerlend.lending.applications.domain.LoanProductPolicy;
import io.peerlend.lending.loans.domain.ServicingPolicy;
import io.peerlend.lending.suitability.SuitabilityReadModel;
import io.peerlend.platform.testing.ServiceTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The cn jurisdiction profile: yuan, the 200,000 cap per borrower, its servicing rules, no investor categories. */
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

    @Test
    void givenTheCnProfile_whenTheServiceStarts_thenItLendsInYuanWithinTheInterimMeasuresCap() {
        assertThat(product.currency()).isEqualTo("CNY");
        assertThat(cap.maxOutstandingMinor()).isEqualTo(200_000_00L);
        cap.check(150_000_00, 50_000_00);
        assertThatThrownBy(() -> cap.check(150_000_00, 50_000_01)).isInstanceOf(LoanApplicationRejected.class);
        assertThat(servicing.coolingOffDays()).isEqualTo(7);
        assertThat(servicing.lateFeeMinor()).isEqualTo(50_00);
        assertThat(suitability.requiredCategory("any-lender").limitMinor()).as("no investor categories").isEqualTo(-1);
    }
}
