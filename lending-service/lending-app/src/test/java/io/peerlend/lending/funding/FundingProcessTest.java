package io.peerlend.lending.funding;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.commands.LendFromOffer;
import io.peerlend.lending.api.commands.MatchLoan;
import io.peerlend.lending.api.commands.RecordFunding;
import io.peerlend.lending.api.commands.ReleaseBorrowing;
import io.peerlend.lending.api.commands.ReserveBorrowing;
import io.peerlend.lending.api.events.LoanMatched;
import io.peerlend.lending.api.events.QuoteAccepted;
import io.peerlend.lending.applications.domain.BorrowerExposure;
import io.peerlend.lending.markets.domain.MarketRuleBroken;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/** The funding steps, each command checked: reserve within the cap, match, lend each part, record the funding. */
class FundingProcessTest {

    static final Instant NOW = Instant.parse("2027-01-15T10:00:00Z");
    static final QuoteAccepted ACCEPTED =
            new QuoteAccepted("app-1", "b-1", "market:B:36", 5_000_00, new BigDecimal("6.50"), NOW);

    CommandGateway commands = mock(CommandGateway.class);
    FundingProcess process;

    @BeforeEach
    void setUp() {
        process = new FundingProcess(commands);
    }

    @Test
    void
            givenTheCapAllowsIt_whenAQuoteIsAccepted_thenTheAmountIsReservedAndTheMarketAskedToMatchItAtNoMoreThanTheQuote() {
        when(commands.sendAndWait(any(ReserveBorrowing.class))).thenReturn(new BorrowerExposure.Decision(true, null));

        process.on(ACCEPTED);

        InOrder steps = inOrder(commands);
        steps.verify(commands).sendAndWait(new ReserveBorrowing("b-1", "app-1", 5_000_00));
        steps.verify(commands).sendAndWait(new MatchLoan("market:B:36", "app-1", 5_000_00, new BigDecimal("6.50")));
        verify(commands, never()).sendAndWait(any(RecordFunding.class));
    }

    @Test
    void givenTheCapRefuses_whenAQuoteIsAccepted_thenTheApplicationHearsWhyAndNothingIsMatched() {
        when(commands.sendAndWait(any(ReserveBorrowing.class)))
                .thenReturn(new BorrowerExposure.Decision(false, "over the limit"));

        process.on(ACCEPTED);

        verify(commands).sendAndWait(new RecordFunding("app-1", false, "over the limit", null, 0, List.of()));
        verify(commands, never()).sendAndWait(any(MatchLoan.class));
    }

    @Test
    void givenTheMarketRefuses_whenAQuoteIsAccepted_thenTheReservationIsReleasedAndTheApplicationHearsWhy() {
        when(commands.sendAndWait(any(ReserveBorrowing.class))).thenReturn(new BorrowerExposure.Decision(true, null));
        when(commands.sendAndWait(any(MatchLoan.class))).thenThrow(new MarketRuleBroken("not enough on offer"));

        process.on(ACCEPTED);

        InOrder steps = inOrder(commands);
        steps.verify(commands).sendAndWait(new ReleaseBorrowing("b-1", "app-1", "not funded"));
        steps.verify(commands)
                .sendAndWait(new RecordFunding("app-1", false, "not enough on offer", null, 0, List.of()));
    }

    @Test
    void givenAMarketNobodyHasOfferedIn_whenAQuoteIsAccepted_thenTheReservationIsReleasedAndTheReasonSaysSo() {
        when(commands.sendAndWait(any(ReserveBorrowing.class))).thenReturn(new BorrowerExposure.Decision(true, null));
        when(commands.sendAndWait(any(MatchLoan.class)))
                .thenThrow(new AggregateNotFoundException("market:B:36", "none"));

        process.on(ACCEPTED);

        verify(commands).sendAndWait(new ReleaseBorrowing("b-1", "app-1", "not funded"));
        verify(commands)
                .sendAndWait(new RecordFunding("app-1", false, "no money on offer in this market", null, 0, List.of()));
    }

    @Test
    void givenAMatchedLoan_whenItsMatchIsHandled_thenEachLenderLendsTheirPartInLenderOrderAndTheLoanIsFunded() {
        LoanMatched matched = new LoanMatched(
                "market:B:36",
                "app-1",
                30_00,
                new BigDecimal("6.00"),
                List.of(
                        new LoanMatched.MatchedPart("o-2", "lender-b", 20_00, 650),
                        new LoanMatched.MatchedPart("o-1", "lender-a", 10_00, 500)),
                NOW);

        process.on(matched);

        InOrder steps = inOrder(commands);
        steps.verify(commands).sendAndWait(new LendFromOffer("lender-a", "o-1", "app-1", 10_00, 500));
        steps.verify(commands).sendAndWait(new LendFromOffer("lender-b", "o-2", "app-1", 20_00, 650));
        steps.verify(commands)
                .sendAndWait(new RecordFunding(
                        "app-1",
                        true,
                        null,
                        new BigDecimal("6.00"),
                        2,
                        List.of(
                                new LoanPartShare("lender-b", "o-2", 20_00, 650),
                                new LoanPartShare("lender-a", "o-1", 10_00, 500))));
    }
}
