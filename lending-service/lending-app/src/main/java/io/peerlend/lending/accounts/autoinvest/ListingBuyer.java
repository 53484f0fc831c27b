package io.peerlend.lending.accounts.autoinvest;

import io.peerlend.lending.api.events.AutoInvestSet;
import java.util.Map;

/**
 * Buys secondary-market listings that meet a lender's auto-invest rule, with money that has just arrived, before the
 * rest is offered in the markets (a port: the secondary market implements it, so auto-invest does not depend on it).
 */
public interface ListingBuyer {

    /**
     * @param trigger     what brought the money (a deposit, a repayment, the rule itself): purchases made for it have
     *                    ids from it, so a repeated trigger buys nothing twice
     * @param guidanceBps each market's guidance rate, the rule's floor when it has no minimum of its own
     * @return how many listings were bought
     */
    int buyFor(String lenderId, AutoInvestSet rule, String trigger, Map<String, Integer> guidanceBps);
}
