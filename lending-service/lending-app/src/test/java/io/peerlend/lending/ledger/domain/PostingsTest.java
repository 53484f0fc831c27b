package io.peerlend.lending.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerlend.lending.api.events.DepositRequested;
import io.peerlend.lending.api.events.LenderFundsDeposited;
import io.peerlend.lending.api.events.LenderFundsWithdrawn;
import io.peerlend.lending.api.events.WithdrawalFailed;
import io.peerlend.lending.api.events.WithdrawalRequested;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PostingsTest {

    private static final Instant T = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void givenADepositAWithdrawalAndAReturnedPayout_whenPosted_thenEveryEntryBalancesAndTheBooksAgree() {
        List<Object> events = List.of(
                new DepositRequested("l", "d", 1_000_00, "GBP", T),
                new LenderFundsDeposited("l", "d", 1_000_00, "GBP", T),
                new WithdrawalRequested("l", "w1", 300_00, "GBP", T),
                new LenderFundsWithdrawn("l", "w1", 300_00, "GBP", T),
                new WithdrawalRequested("l", "w2", 100_00, "GBP", T),
                new WithdrawalFailed("l", "w2", 100_00, "GBP", "closed", T));
        Map<String, Long> balances = new TreeMap<>();
        int n = 0;
        for (Object event : events) {
            Postings.of("e" + n++, event)
                    .ifPresent(entry -> entry.lines()
                            .forEach(line -> balances.merge(line.account(), line.debit() - line.credit(), Long::sum)));
        }
        assertThat(balances)
                .containsEntry(Postings.BANK, 700_00L)
                .containsEntry(Postings.lenderCash("l"), -700_00L)
                .containsEntry(Postings.IN_TRANSIT, 0L);
        assertThat(balances.values().stream().mapToLong(Long::longValue).sum()).isZero();
        assertThat(Postings.of("x", new DepositRequested("l", "d", 1, "GBP", T)))
                .as("no money moved")
                .isEmpty();
    }

    @Test
    void givenUnequalDebitsAndCredits_whenAnEntryIsMade_thenRefused() {
        assertThatThrownBy(() -> new JournalEntry(
                        "x",
                        T,
                        "bad",
                        "GBP",
                        List.of(new JournalEntry.Line("a", 100, 0), new JournalEntry.Line("b", 0, 99))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
