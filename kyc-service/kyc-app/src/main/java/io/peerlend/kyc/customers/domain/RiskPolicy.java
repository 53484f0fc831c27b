package io.peerlend.kyc.customers.domain;

import io.peerlend.kyc.api.CustomerRole;
import io.peerlend.kyc.api.RiskRating;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Money-laundering risk at onboarding, from country, political exposure and product. High-risk countries (FATF's
 * "call for action" list by default) or a politically exposed person make HIGH; a country under increased monitoring
 * (FATF's grey list, configured per profile) or lending (money placed with the platform) make at least MEDIUM.
 * Behaviour (AML alerts) raises the rating later, through the monitoring cases.
 */
public record RiskPolicy(Set<String> highRiskCountries, Set<String> increasedMonitoringCountries) {

    public record Assessment(RiskRating rating, List<String> factors) {}

    public Assessment assess(
            String nationality, String residence, boolean politicallyExposed, Set<CustomerRole> roles) {
        List<String> high = new ArrayList<>();
        List<String> medium = new ArrayList<>();
        for (String country : new LinkedHashSet<>(List.of(nationality, residence))) {
            if (highRiskCountries.contains(country)) {
                high.add("country with strategic AML deficiencies");
            } else if (increasedMonitoringCountries.contains(country)) {
                medium.add("country under increased monitoring");
            }
        }
        if (politicallyExposed) {
            high.add("politically exposed person");
        }
        if (roles.contains(CustomerRole.LENDER)) {
            medium.add("places money with the platform (lender)");
        }
        List<String> factors = new ArrayList<>(high.stream().distinct().toList());
        factors.addAll(medium.stream().distinct().toList());
        RiskRating rating = !high.isEmpty() ? RiskRating.HIGH : !medium.isEmpty() ? RiskRating.MEDIUM : RiskRating.LOW;
        return new Assessment(rating, factors);
    }
}
