package io.peerlend.lending.secondary;

import io.peerlend.lending.api.http.LoanView;
import io.peerlend.lending.loans.domain.ServicingPolicy;
import io.peerlend.lending.product.Amounts;
import io.peerlend.lending.schedules.domain.AnnualPercentageRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * A listing's asking price and its yield to maturity at that price: the part's share of every instalment still to come
 * (its principal over the loan's principal outstanding, interest less the servicing fee), discounted monthly like an
 * APR (the loan's rate applies to every part alike here; a part's own rate can differ a little, so the figure is a
 * guide). What buyers see beside each listing, and what an auto-invest rule's rates are held against.
 */
@Component
public class ListingYield {

    private final ServicingPolicy servicing;

    ListingYield(ServicingPolicy servicing) {
        this.servicing = servicing;
    }

    /** Principal plus the premium (negative: a discount), to the cent, half even. */
    public static long asking(ListingsReadModel.Listing l) {
        long premium = BigDecimal.valueOf(l.principalMinor())
                .multiply(BigDecimal.valueOf(l.premiumBps()))
                .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_EVEN)
                .longValueExact();
        return l.principalMinor() + premium;
    }

    /** Percent a year, one decimal; empty when the part would return less than its price (a yield below zero). */
    public Optional<BigDecimal> percent(LoanView loan, long partPrincipal, long price) {
        long loanOutstanding = Amounts.toMinor(loan.outstandingPrincipal(), loan.currency());
        if (loanOutstanding <= 0 || price <= 0) {
            return Optional.empty();
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
            return Optional.empty();
        }
        return Optional.of(AnnualPercentageRate.of(price, flows));
    }

    public static Stream<LoanView.Instalment> unpaid(LoanView loan) {
        return loan.schedule().stream().filter(i -> !"PAID".equals(i.status()));
    }
}
