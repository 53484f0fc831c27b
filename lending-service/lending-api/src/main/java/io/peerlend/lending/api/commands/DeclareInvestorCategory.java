package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.InvestorCategory;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** uk profile: the lender's investor category and, for restricted investors, their net investable assets. */
public record DeclareInvestorCategory(String lenderId, InvestorCategory category, long netInvestableAssetsMinor) {

    @TargetAggregateIdentifier
    public String suitabilityId() {
        return "lender-suitability:" + lenderId;
    }
}
