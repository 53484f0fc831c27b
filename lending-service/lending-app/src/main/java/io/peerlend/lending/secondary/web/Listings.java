package io.peerlend.lending.secondary.web;

import io.peerlend.lending.api.http.ListingView;
import io.peerlend.lending.api.http.LoanView;
import io.peerlend.lending.loans.LoanQueries;
import io.peerlend.lending.loans.domain.ServicingPolicy;
import io.peerlend.lending.product.Amounts;
import io.peerlend.lending.schedules.domain.AnnualPercentageRate;
import io.peerlend.lending.secondary.ListingsReadModel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Listings as buyers see them: each with its loan's facts (from the loans' read model) and the yield to maturity at
 * the asking price: the part's share of every instalment still to come (its principal over the loan's principal
 * outstanding, interest less the servicing fee), discounted monthly like an APR (the loan's rate applies to every part
 * alike here; a part's own rate can differ a little, so the figure is a guide).
 */
@Component
class Listings {

    private final LoanQueries loans;
    private final ServicingPolicy servicing;

    Listings(LoanQueries loans, ServicingPolicy servicing) {
        this.loans = loans;
        this.servicing = servicing;
    }

    List<ListingView> of(List<ListingsReadModel.Listing> listings, String reader, LocalDate today) {
        List<ListingView> views = new ArrayList<>();
        for (ListingsReadModel.Listing l : listings) {
            Optional<LoanView> loan = loans.view(l.loanId(), null, today);
            long premium = BigDecimal.valueOf(l.principalMinor())
                    .multiply(BigDecimal.valueOf(l.premiumBps()))
                    .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_EVEN)
                    .longValueExact();
            long asking = l.principalMinor() + premium;
            views.add(new ListingView(
                    l.id(),
                    l.loanId(),
                    l.status().name(),
                    l.reason(),
                    reader.equals(l.sellerId()),
                    loan.map(LoanView::grade).orElse(null),
                    loan.map(v -> v.ratePercent().toPlainString()).orElse(null),
                    loan.map(v -> (int) unpaid(v).count()).orElse(0),
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
                    loan.map(v -> yieldToMaturity(v, l.principalMinor(), asking))
                            .orElse(null),
                    l.listedOn(),
                    l.priceMinor() == null ? null : money(l.priceMinor(), l.currency()),
                    l.feeMinor() == null ? null : money(l.feeMinor(), l.currency()),
                    l.soldOn()));
        }
        return views;
    }

    /** Percent a year, one decimal; null when the part would return less than its price (a yield below zero). */
    private String yieldToMaturity(LoanView loan, long partPrincipal, long price) {
        long loanOutstanding = Amounts.toMinor(loan.outstandingPrincipal(), loan.currency());
        if (loanOutstanding <= 0 || price <= 0) {
            return null;
        }
        List<Long> flows = new ArrayList<>();
        for (LoanView.Instalment i : unpaid(loan).toList()) {
            long principal = Amounts.toMinor(i.principal(), loan.currency());
            long interest = Amounts.toMinor(i.interest(), loan.currency());
            long net = principal + interest - servicing.servicingFee(interest);
            flows.add(BigDecimal.valueOf(net)
                    .multiply(BigDecimal.valueOf(partPrincipal))
                    .divide(BigDecimal.valueOf(loanOutstanding), 0, RoundingMode.HALF_EVEN)
                    .longValueExact());
        }
        if (flows.stream().mapToLong(Long::longValue).sum() <= price) {
            return null;
        }
        return AnnualPercentageRate.of(price, flows).toPlainString();
    }

    private static Stream<LoanView.Instalment> unpaid(LoanView loan) {
        return loan.schedule().stream().filter(i -> !"PAID".equals(i.status()));
    }

    static String money(long minor, String currency) {
        return Amounts.format(minor, currency);
    }
}
