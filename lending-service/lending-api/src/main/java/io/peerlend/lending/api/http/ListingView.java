package io.peerlend.lending.api.http;

import java.time.LocalDate;

/**
 * A listing on the secondary market as a lender sees it: the loan's grade, its part's rate, the months and instalments
 * left, its payment history (instalments paid, instalments overdue now), its arrears; the principal outstanding when
 * listed, the premium (percent; negative: a discount), the asking price (principal and premium, before the interest
 * accrued to the day of sale, which the buyer also pays the seller) and the yield to maturity a year at that price
 * if every remaining instalment is paid on time. Amounts are decimal strings; {@code mine} for the lender's own
 * listing; when sold, the price paid and the fee.
 */
public record ListingView(
        String listingId,
        String loanId,
        String status,
        String reason,
        boolean mine,
        String grade,
        String ratePercent,
        int monthsLeft,
        int instalmentsPaid,
        int instalmentsOverdue,
        String arrears,
        String principal,
        String premium,
        String askingPrice,
        String yieldToMaturity,
        LocalDate listedOn,
        String price,
        String fee,
        LocalDate soldOn) {}
