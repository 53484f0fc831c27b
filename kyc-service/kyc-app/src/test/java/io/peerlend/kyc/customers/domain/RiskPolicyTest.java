package io.peerlend.kyc.customers.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.kyc.api.CustomerRole;
import io.peerlend.kyc.api.RiskRating;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RiskPolicyTest {

    private final RiskPolicy policy = new RiskPolicy(Set.of("KP", "IR"), Set.of("VN"));

    @Test
    void givenADomesticBorrower_whenAssessed_thenLow() {
        assertThat(policy.assess("GB", "GB", false, Set.of(CustomerRole.BORROWER)))
                .isEqualTo(new RiskPolicy.Assessment(RiskRating.LOW, List.of()));
    }

    @Test
    void givenALenderOrAGreyListCountry_whenAssessed_thenMedium() {
        assertThat(policy.assess("GB", "GB", false, Set.of(CustomerRole.LENDER)).rating())
                .isEqualTo(RiskRating.MEDIUM);
        assertThat(policy.assess("VN", "GB", false, Set.of(CustomerRole.BORROWER))
                        .factors())
                .containsExactly("country under increased monitoring");
    }

    @Test
    void givenAPoliticallyExposedPersonLivingInAHighRiskCountry_whenAssessed_thenHighWithBothFactors() {
        assertThat(policy.assess("GB", "IR", true, Set.of(CustomerRole.LENDER)).factors())
                .containsExactly(
                        "country with strategic AML deficiencies",
                        "politically exposed person",
                        "places money with the platform (lender)");
        assertThat(policy.assess("GB", "IR", true, Set.of(CustomerRole.LENDER)).rating())
                .isEqualTo(RiskRating.HIGH);
    }
}
