package io.peerlend.lending.secondary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.peerlend.lending.api.Markets;
import io.peerlend.lending.api.events.AutoInvestSet;
import io.peerlend.lending.api.events.LoanPartListed;
import io.peerlend.lending.api.http.LoanView;
import io.peerlend.lending.calendar.Today;
import io.peerlend.lending.loans.LoanQueries;
import io.peerlend.lending.loans.domain.ServicingPolicy;
import io.peerlend.platform.testing.RecordingMongo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which open listings an auto-invest rule would buy, on the real listings read model. */
class AutoInvestListingBuyerTest {

    private static final LocalDate TODAY = LocalDate.parse("2031-05-06");
    private static final String LENDER = "lender-1";

    private final RecordingMongo recorded = new RecordingMongo("auto-invest-listings");
    private final ListingsReadModel listings = new ListingsReadModel(recorded.template());
    private final LoanQueries loans = mock(LoanQueries.class);
    private final Today today = mock(Today.class);
    private final AutoInvestListingBuyer buyer = new AutoInvestListingBuyer(
            listings, loans, new ListingYield(ServicingPolicy.UK), mock(Purchases.class), today);

    @AfterEach
    void close() {
        recorded.close();
    }

    @Test
    void givenOpenListings_whenARuleLooksForWhatToBuy_thenTheirLoansAreReadAtOnceAndTheBestYieldComesFirst() {
        // given the lender's own listing, one too large for the rule, and two in the rule's market at a discount
        given(today.date()).willReturn(TODAY);
        list("own", "loan-own", LENDER, 10_000, -100);
        list("large", "loan-large", "seller-2", 90_000, -100);
        list("cheap", "loan-cheap", "seller-2", 10_000, -500);
        list("dear", "loan-dear", "seller-3", 10_000, 100);
        given(loans.views(Set.of("loan-cheap", "loan-dear"), TODAY))
                .willReturn(Map.of("loan-cheap", active("loan-cheap"), "loan-dear", active("loan-dear")));
        AutoInvestSet rule =
                new AutoInvestSet(LENDER, true, List.of(Markets.id("B", 12)), 100, 3_000, 50_000, false, Instant.EPOCH);

        // when the rule's candidates are worked out
        List<AutoInvestListingBuyer.Candidate> candidates = buyer.candidates(LENDER, rule, Map.of());

        // then the two listings it may buy come best yield first (the deeper discount yields more)
        assertThat(candidates).extracting(c -> c.listing().id()).containsExactly("cheap", "dear");
        assertThat(candidates.get(0).yieldPercent())
                .isGreaterThan(candidates.get(1).yieldPercent());
        // and their loans were read in one call, never one by one (up to 200 listings for each arrival of money)
        verify(loans, times(1)).views(any(), any());
        verify(loans, never()).view(anyString(), any(), any());
    }

    private void list(String listingId, String loanId, String seller, long principalMinor, int premiumBps) {
        listings.on(new LoanPartListed(
                loanId, listingId, seller, List.of(1), principalMinor, premiumBps, "GBP", TODAY, Instant.now()));
    }

    /** An active B × 12 loan of 1,000.00 at 6.5%, nothing paid yet. */
    private static LoanView active(String loanId) {
        List<LoanView.Instalment> schedule = new ArrayList<>();
        for (int n = 1; n <= 12; n++) {
            schedule.add(new LoanView.Instalment(n, TODAY.plusMonths(n), "83.33", "5.42", "0.00", "0.00", "DUE"));
        }
        return new LoanView(
                loanId,
                "ACTIVE",
                "B",
                12,
                "GBP",
                "1000.00",
                new BigDecimal("6.50"),
                "0.00",
                TODAY,
                "1000.00",
                null,
                schedule,
                List.of(),
                1);
    }
}
