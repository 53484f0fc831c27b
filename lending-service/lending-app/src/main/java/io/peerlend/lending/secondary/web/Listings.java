package io.peerlend.lending.secondary.web;

import io.peerlend.lending.api.http.ListingView;
import io.peerlend.lending.api.http.LoanView;
import io.peerlend.lending.loans.LoanQueries;
import io.peerlend.lending.product.Amounts;
import io.peerlend.lending.secondary.ListingYield;
import io.peerlend.lending.secondary.ListingsReadModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Listings as buyers see them: each with its loan's facts (from the loans' read model) and the yield to maturity at
 * the asking price ({@link ListingYield}). */
@Component
class Listings {

    private final LoanQueries loans;
    private final ListingYield yield;

    Listings(LoanQueries loans, ListingYield yield) {
        this.loans = loans;
        this.yield = yield;
    }

    List<ListingView> of(List<ListingsReadModel.Listing> listings, String reader, LocalDate today) {
        List<ListingView> views = new ArrayList<>();
        for (ListingsReadModel.Listing l : listings) {
            Optional<LoanView> loan = loans.view(l.loanId(), null, today);
            long asking = ListingYield.asking(l);
            views.add(new ListingView(
                    l.id(),
                    l.loanId(),
                    l.status().name(),
                    l.reason(),
                    reader.equals(l.sellerId()),
                    loan.map(LoanView::grade).orElse(null),
                    loan.map(v -> v.ratePercent().toPlainString()).orElse(null),
                    loan.map(v -> (int) ListingYield.unpaid(v).count()).orElse(0),
                    loan.map(v -> (int) v.schedule().stream()
                                    .filter(i -> "PAID".equals(i.status()))
                                    .count())
                            .orElse(0),
                    loan.map(v -> (int) v.schedule().stream()
                                    .filter(i -> "LATE".equals(i.status()))
                                    .count())
                            .orElse(0),
                    loan.map(v -> v.arrears().bucket()).orElse(null),
                    money(l.principalMinor(), l.currency()),
                    BigDecimal.valueOf(l.premiumBps(), 2).toPlainString(),
                    money(asking, l.currency()),
                    loan.flatMap(v -> yield.percent(v, l.principalMinor(), asking))
                            .map(BigDecimal::toPlainString)
                            .orElse(null),
                    l.listedOn(),
                    l.priceMinor() == null ? null : money(l.priceMinor(), l.currency()),
                    l.feeMinor() == null ? null : money(l.feeMinor(), l.currency()),
                    l.soldOn()));
        }
        return views;
    }

    static String money(long minor, String currency) {
        return Amounts.format(minor, currency);
    }
}
