package io.peerlend.disclosure.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.disclosure.loanbook.domain.SecondaryTrade;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecondaryMarketFiguresTest {

    private static LocalDate d(String date) {
        return date == null ? null : LocalDate.parse(date);
    }

    private static SecondaryTrade trade(String listed, String withdrawn, String sold, long principal, long premium) {
        return new SecondaryTrade(
                "l-" + listed + principal,
                "loan-1",
                d(listed),
                d(withdrawn),
                d(sold),
                principal,
                premium,
                principal + premium);
    }

    @Test
    void givenAMonthsListingsAndSales_whenItCloses_thenEveryFigureIsAsWorkedByHand() {
        List<SecondaryTrade> trades = List.of(
                // sold in March after 10 days at a 1% discount
                trade("2031-03-01", null, "2031-03-11", 1_000_00, -10_00),
                // sold in March after 4 days at a 2% premium
                trade("2031-02-26", null, "2031-03-02", 500_00, 10_00),
                // sold in February: counts to date only
                trade("2031-02-01", null, "2031-02-03", 200_00, 0),
                // withdrawn in March; listed in March
                trade("2031-03-05", "2031-03-20", null, 300_00, 0),
                // still open at the end of March
                trade("2031-03-25", null, null, 400_00, 0),
                // listed in April: not in March at all
                trade("2031-04-02", null, "2031-04-03", 700_00, 0));

        SecondaryMarketReport march = SecondaryMarketFigures.monthly(YearMonth.of(2031, 3), "GBP", trades, "prev");

        assertThat(march.sales()).isEqualTo(2);
        assertThat(march.principalTraded()).isEqualTo("1500.00");
        assertThat(march.pricePaid()).isEqualTo("1500.00");
        // (−10.00 + 10.00) ÷ 1,500.00
        assertThat(march.averagePremium()).isEqualTo("0.0000");
        // (10 + 4) ÷ 2
        assertThat(march.averageDaysToSell()).isEqualTo("7.0");
        assertThat(march.listed()).isEqualTo(3);
        assertThat(march.withdrawn()).isEqualTo(1);
        assertThat(march.openAtMonthEnd()).isEqualTo(1);
        assertThat(march.salesToDate()).isEqualTo(3);
        assertThat(march.principalTradedToDate()).isEqualTo("1700.00");
        assertThat(march.asOf()).isEqualTo("2031-03-31");
        assertThat(march.previousHash()).isEqualTo("prev");
    }

    @Test
    void givenAMonthWithoutSales_whenItCloses_thenNothingIsAveraged() {
        SecondaryMarketReport empty = SecondaryMarketFigures.monthly(
                YearMonth.of(2031, 3), "GBP", List.of(trade("2031-03-05", null, null, 300_00, 0)), "p");

        assertThat(empty.sales()).isZero();
        assertThat(empty.averagePremium()).isNull();
        assertThat(empty.averageDaysToSell()).isNull();
        assertThat(empty.openAtMonthEnd()).isEqualTo(1);
    }
}
