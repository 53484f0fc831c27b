package io.peerlend.disclosure.loanbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.calendar.api.BusinessDateAdvanced;
import io.peerlend.kyc.api.RelatedParty;
import io.peerlend.kyc.api.RelatedPartySet;
import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.events.LoanDefaulted;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanOpened;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A rebuild stopped at a checkpoint, written out and read back, ends exactly where an uninterrupted one does. */
class BookRebuildTest {

    private static final Instant AT = Instant.parse("2030-01-01T09:00:00Z");
    private static final LocalDate AS_OF = LocalDate.parse("2030-03-31");

    @Test
    void givenABookHalfRebuilt_whenItsStateIsCheckpointedAndReadBack_thenTheRestGivesTheSameBookAsOneGo() {
        // given a quarter's events: three loans paid out, one defaulted, a related party, the date moving past 31 March
        List<Object[]> events = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            String loan = "loan-" + n;
            LocalDate paidOut = LocalDate.parse("2030-01-10").plusDays(20L * n);
            events.add(new Object[] {
                new LoanOpened(
                        loan,
                        "b-" + n,
                        "market:B:12",
                        "B",
                        new BigDecimal("0.0" + (5 + n)),
                        12,
                        1_000_00L * (n + 1),
                        "GBP",
                        new BigDecimal("7.50"),
                        20_00,
                        10_00,
                        List.of(new LoanPartShare("lender-" + n, "o", 1_000_00L * (n + 1))),
                        "payout:" + loan,
                        AT),
                0L
            });
            events.add(new Object[] {new LoanDisbursed(loan, "b-" + n, 980_00, "GBP", paidOut, List.of(), AT), 1L});
        }
        events.add(new Object[] {new RelatedPartySet("b-1", RelatedParty.STAFF, "customer", AT), 0L});
        events.add(new Object[] {
            new LoanDefaulted("loan-0", "91 days past due", 1_000_00, 0, 0, LocalDate.parse("2030-03-20"), AT), 2L
        });
        events.add(new Object[] {new BusinessDateAdvanced(AS_OF, AS_OF.plusDays(1), "ops", AT), 0L});
        events.add(new Object[] {
            new LoanDefaulted("loan-1", "after the date asked for", 2_000_00, 0, 0, AS_OF.plusDays(2), AT), 2L
        });

        // when one rebuild reads them in one go, and another stops after four, is written out as JSON and read back
        BookRebuild oneGo = new BookRebuild(AS_OF);
        events.forEach(e -> oneGo.read(e[0], (long) e[1]));
        BookRebuild first = new BookRebuild(AS_OF);
        for (int i = 0; i < 4; i++) {
            first.read(events.get(i)[0], (long) events.get(i)[1]);
        }
        JsonMapper json = JsonMapper.builder().build();
        BookRebuild.State checkpoint = json.readValue(json.writeValueAsString(first.state()), BookRebuild.State.class);
        BookRebuild resumed = new BookRebuild(checkpoint);
        boolean more = true;
        for (int i = 4; i < events.size() && more; i++) {
            more = resumed.read(events.get(i)[0], (long) events.get(i)[1]);
        }

        // then both are closed at the date's move, with the same loans, lenders and related parties
        assertThat(oneGo.closed()).isTrue();
        assertThat(resumed.closed()).isTrue();
        assertThat(resumed.eventsRead()).isEqualTo(oneGo.eventsRead()).isEqualTo(8);
        assertThat(sorted(resumed.book().loans())).isEqualTo(sorted(oneGo.book().loans()));
        assertThat(resumed.book().relatedParties()).containsExactly("b-1");
        assertThat(resumed.book().lenders()).hasSameElementsAs(oneGo.book().lenders());
        // and the default after the date is not in the book as of it
        assertThat(resumed.book().loans())
                .filteredOn(f -> f.status() == LoanStatus.DEFAULTED)
                .extracting(LoanFact::loanId)
                .containsExactly("loan-0");
    }

    private static List<LoanFact> sorted(Collection<LoanFact> loans) {
        return loans.stream().sorted(Comparator.comparing(LoanFact::loanId)).toList();
    }
}
