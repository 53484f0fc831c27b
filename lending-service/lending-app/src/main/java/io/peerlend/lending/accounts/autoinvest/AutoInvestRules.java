package io.peerlend.lending.accounts.autoinvest;

import io.peerlend.lending.api.events.AutoInvestSet;
import java.util.Date;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Each lender's auto-invest rule as last set: a projection of the rule's events, rebuildable by replay. */
@Component
@ProcessingGroup("lending-auto-invest-view")
public class AutoInvestRules {

    static final String COLLECTION = "auto_invest_rules";

    private final MongoTemplate mongo;

    AutoInvestRules(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<AutoInvestSet> of(String lenderId) {
        return Optional.ofNullable(mongo.findById(lenderId, AutoInvestSet.class, COLLECTION));
    }

    @EventHandler
    void on(AutoInvestSet e) {
        mongo.save(
                Document.parse("{}")
                        .append("_id", e.lenderId())
                        .append("lenderId", e.lenderId())
                        .append("enabled", e.enabled())
                        .append("marketIds", e.marketIds())
                        .append("minRateBps", e.minRateBps())
                        .append("maxRateBps", e.maxRateBps())
                        .append("maxPerLoanMinor", e.maxPerLoanMinor())
                        .append("reinvestRepayments", e.reinvestRepayments())
                        .append("guidanceFloor", e.atGuidance())
                        .append("setAt", Date.from(e.setAt())),
                COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }
}
