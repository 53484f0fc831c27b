package io.peerlend.lending.markets;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.peerlend.infra.testing.TestStores;
import io.peerlend.lending.api.events.FundsCommittedToOffer;
import io.peerlend.lending.api.events.LoanMatched;
import io.peerlend.lending.api.events.LoanMatched.MatchedPart;
import io.peerlend.lending.markets.OffersReadModel.Entry;
import io.peerlend.lending.markets.OffersReadModel.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Lenders' offers as loans take from them, on the real read side (the development MongoDB wire server). */
class OffersReadModelTest {

    private static final Instant AT = Instant.parse("2031-05-06T10:00:00Z");

    private final MongoClient client = MongoClients.create(TestStores.mongo().uri("offers-view"));
    private final MongoTemplate mongo = new MongoTemplate(client, "offers-view-" + UUID.randomUUID());
    private final OffersReadModel offers = new OffersReadModel(mongo);

    @AfterEach
    void close() {
        mongo.getDb().drop();
        client.close();
    }

    private void offer(String offerId, String lenderId, long amount) {
        offers.on(new FundsCommittedToOffer(lenderId, offerId, "market:A:12", amount, 500, "GBP", AT));
    }

    private static LoanMatched matched(String loanId, MatchedPart... parts) {
        long total = List.of(parts).stream().mapToLong(MatchedPart::amountMinor).sum();
        return new LoanMatched("market:A:12", loanId, total, new BigDecimal("5.00"), List.of(parts), AT);
    }

    @Test
    void givenThreeOffers_whenALoanTakesAPartOfEach_thenEachOfferShowsWhatItLentAndTheFullOneIsFilled() {
        offer("o-1", "l-1", 10_000);
        offer("o-2", "l-2", 2_500);
        offer("o-3", "l-3", 10_000);

        offers.on(matched(
                "loan-1",
                new MatchedPart("o-1", "l-1", 2_500, 500),
                new MatchedPart("o-2", "l-2", 2_500, 500),
                new MatchedPart("o-3", "l-3", 2_500, 500)));

        assertThat(offers.find("o-1").orElseThrow())
                .extracting(Entry::remainingMinor, Entry::lentMinor, Entry::loans)
                .containsExactly(7_500L, 2_500L, List.of("loan-1"));
        assertThat(offers.find("o-2").orElseThrow())
                .extracting(Entry::remainingMinor, Entry::status)
                .containsExactly(0L, Status.FILLED);
        assertThat(offers.find("o-3").orElseThrow().lentMinor()).isEqualTo(2_500L);
    }

    @Test
    void givenAMatchApplied_whenItIsDeliveredAgain_thenNoOfferIsTakenFromTwice() {
        offer("o-1", "l-1", 10_000);
        offer("o-2", "l-2", 10_000);
        LoanMatched match =
                matched("loan-1", new MatchedPart("o-1", "l-1", 2_500, 500), new MatchedPart("o-2", "l-2", 2_500, 500));
        offers.on(match);
        offers.on(matched("loan-2", new MatchedPart("o-1", "l-1", 1_000, 500)));

        offers.on(match);

        assertThat(offers.find("o-1").orElseThrow())
                .extracting(Entry::remainingMinor, Entry::loans)
                .containsExactly(6_500L, List.of("loan-1", "loan-2"));
        assertThat(offers.find("o-2").orElseThrow().remainingMinor()).isEqualTo(7_500L);
    }

    @Test
    void givenAMatchNamingAnOfferTheViewHasNotSeen_thenTheOthersAreStillApplied() {
        offer("o-1", "l-1", 10_000);

        offers.on(matched(
                "loan-1", new MatchedPart("o-1", "l-1", 2_500, 500), new MatchedPart("o-x", "l-x", 2_500, 500)));

        assertThat(offers.find("o-1").orElseThrow().remainingMinor()).isEqualTo(7_500L);
        assertThat(offers.find("o-x")).isEmpty();
    }
}
