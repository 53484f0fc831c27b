package io.peerlend.lending.secondary;

import io.peerlend.lending.accounts.autoinvest.ListingBuyer;
import io.peerlend.lending.api.Markets;
import io.peerlend.lending.api.events.AutoInvestSet;
import io.peerlend.lending.api.http.LoanView;
import io.peerlend.lending.calendar.Today;
import io.peerlend.lending.loans.LoanQueries;
import io.peerlend.lending.product.RuleBroken;
import io.peerlend.platform.web.StateConflictException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Auto-invest on the secondary market: open listings (not the lender's own) of loans being repaid in one of the rule's
 * markets, whose principal is within the rule's per-loan limit and whose yield to maturity at the asking price lies
 * within the rule's rates (its minimum, or the market's guidance rate when it has none, up to its maximum), best yield
 * first — each bought through the same steps as a purchase at the screen ({@link Purchases}: identity, assessment, the
 * 1% per borrower, the money's offer rules). A purchase refused is passed over; a few at most per trigger.
 */
@Component
class AutoInvestListingBuyer implements ListingBuyer {

    private static final Logger log = LoggerFactory.getLogger(AutoInvestListingBuyer.class);

    /** How many open listings are looked at, and at most how many bought, for one arrival of money. */
    static final int LOOK_AT = 200;

    static final int MOST_PER_TRIGGER = 5;

    private final ListingsReadModel listings;
    private final LoanQueries loans;
    private final ListingYield yields;
    private final Purchases purchases;
    private final Today today;

    AutoInvestListingBuyer(
            ListingsReadModel listings, LoanQueries loans, ListingYield yields, Purchases purchases, Today today) {
        this.listings = listings;
        this.loans = loans;
        this.yields = yields;
        this.purchases = purchases;
        this.today = today;
    }

    record Candidate(ListingsReadModel.Listing listing, BigDecimal yieldPercent) {}

    @Override
    public int buyFor(String lenderId, AutoInvestSet rule, String trigger, Map<String, Integer> guidanceBps) {
        if (rule == null || !rule.enabled()) {
            return 0;
        }
        int bought = 0;
        for (Candidate c : candidates(lenderId, rule, guidanceBps)) {
            if (bought == MOST_PER_TRIGGER) {
                break;
            }
            ListingsReadModel.Listing l = c.listing();
            try {
                purchases.buy(lenderId, l.loanId(), l.id(), "auto:" + trigger + ":" + l.id());
                bought++;
            } catch (StateConflictException | RuleBroken refused) {
                // sold to another, too dear for the money left, or past the 1% in one borrower: the next one
                log.debug("auto-invest passed over listing {}: {}", l.id(), refused.getMessage());
            } catch (RuntimeException e) {
                // a purchase is a choice, never a reason to stop auto-invest offering the lender's money
                log.warn("auto-invest could not buy listing {}", l.id(), e);
            }
        }
        return bought;
    }

    /** The listings the rule would buy, best yield first. */
    List<Candidate> candidates(String lenderId, AutoInvestSet rule, Map<String, Integer> guidanceBps) {
        List<ListingsReadModel.Listing> open = listings.open(LOOK_AT).stream()
                .filter(l -> !l.sellerId().equals(lenderId)
                        && (rule.maxPerLoanMinor() <= 0 || l.principalMinor() <= rule.maxPerLoanMinor()))
                .toList();
        if (open.isEmpty()) {
            return List.of();
        }
        // the listings' loans in one read, not one each: up to LOOK_AT round trips for every arrival of money
        Map<String, LoanView> loansById = loans.views(
                open.stream().map(ListingsReadModel.Listing::loanId).collect(Collectors.toSet()), today.date());
        List<Candidate> candidates = new ArrayList<>();
        for (ListingsReadModel.Listing l : open) {
            LoanView loan = loansById.get(l.loanId());
            if (loan == null || !"ACTIVE".equals(loan.status())) {
                continue;
            }
            String market = Markets.id(loan.grade(), loan.termMonths());
            Integer floor = rule.atGuidance() ? guidanceBps.get(market) : Integer.valueOf(rule.minRateBps());
            if (!rule.marketIds().contains(market) || floor == null) {
                continue;
            }
            yields.percent(loan, l.principalMinor(), ListingYield.asking(l))
                    .filter(y -> y.movePointRight(2).compareTo(BigDecimal.valueOf(floor)) >= 0
                            && y.movePointRight(2).compareTo(BigDecimal.valueOf(rule.maxRateBps())) <= 0)
                    .ifPresent(y -> candidates.add(new Candidate(l, y)));
        }
        candidates.sort(Comparator.comparing(Candidate::yieldPercent).reversed());
        return candidates;
    }
}
