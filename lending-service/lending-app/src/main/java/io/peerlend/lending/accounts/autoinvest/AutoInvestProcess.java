package io.peerlend.lending.accounts.autoinvest;

import io.peerlend.lending.api.commands.AutoInvest;
import io.peerlend.lending.api.events.AutoInvestSet;
import io.peerlend.lending.api.events.LenderFundsDeposited;
import io.peerlend.lending.api.events.LenderFundsReceived;
import io.peerlend.lending.markets.OffersReadModel;
import io.peerlend.lending.markets.domain.MarketPolicy;
import io.peerlend.lending.pricing.RateGuidance;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Auto-invest: when money arrives (a deposit, a repayment, or a new rule), listings on the secondary market that meet
 * the rule are bought first ({@link ListingBuyer}); then the lender's account offers the rest by the rule, with each
 * target market's lowest rate and guidance rate right now. The account decides (it knows the rule and what is available);
 * offers then go to the markets as any offer does. Never repeated on a replay.
 */
@Component
@ProcessingGroup(AutoInvestProcess.GROUP)
class AutoInvestProcess {

    static final String GROUP = "lending-auto-invest";

    private final CommandGateway commands;
    private final OffersReadModel offers;
    private final MarketPolicy markets;
    private final RateGuidance guidance;
    private final AutoInvestRules rules;
    private final List<ListingBuyer> listingBuyers;

    AutoInvestProcess(
            CommandGateway commands,
            OffersReadModel offers,
            MarketPolicy markets,
            RateGuidance guidance,
            AutoInvestRules rules,
            List<ListingBuyer> listingBuyers) {
        this.commands = commands;
        this.offers = offers;
        this.markets = markets;
        this.guidance = guidance;
        this.rules = rules;
        this.listingBuyers = listingBuyers;
    }

    @EventHandler
    @DisallowReplay
    void on(LenderFundsDeposited e) {
        invest(
                e.lenderId(),
                "deposit:" + e.paymentId(),
                false,
                rules.of(e.lenderId()).orElse(null));
    }

    @EventHandler
    @DisallowReplay
    void on(LenderFundsReceived e) {
        invest(
                e.lenderId(),
                "receipt:" + e.loanId() + ":" + e.receiptNo(),
                true,
                rules.of(e.lenderId()).orElse(null));
    }

    @EventHandler
    @DisallowReplay
    void on(AutoInvestSet e) {
        if (e.enabled()) {
            invest(e.lenderId(), "rule:" + e.setAt().toEpochMilli(), false, e);
        }
    }

    /**
     * Listings that meet the rule first (a rule known from its projection, or the rule just set), then the rest of the
     * money offered by the rule; the account decides the offers.
     */
    private void invest(String lenderId, String trigger, boolean repayment, AutoInvestSet rule) {
        Map<String, Integer> lowest = new HashMap<>();
        for (OffersReadModel.Entry offer : offers.active()) {
            lowest.merge(offer.marketId(), offer.rateBps(), Math::min);
        }
        Map<String, Integer> guidanceBps = new HashMap<>();
        guidance.current()
                .ifPresent(table -> table.markets()
                        .forEach(m ->
                                table.guidanceBps(m.marketId()).ifPresent(bps -> guidanceBps.put(m.marketId(), bps))));
        if (rule != null && rule.enabled() && (!repayment || rule.reinvestRepayments())) {
            listingBuyers.forEach(b -> b.buyFor(lenderId, rule, trigger, guidanceBps));
        }
        commands.sendAndWait(new AutoInvest(
                lenderId, trigger, repayment, lowest, markets.parts().maximumSharePerMille(), guidanceBps));
    }
}
