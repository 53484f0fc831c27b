package io.peerlend.lending.applications.domain;

import java.util.List;

/**
 * The jurisdiction profile's cap on what one individual may owe on the platform (cn: 200,000 under the 2016 interim
 * measures; uk: the platform's product limit), checked at application and again at acceptance.
 */
public record BorrowingCap(long maxOutstandingMinor, String currency) {

    public void check(long outstandingMinor, long requestedMinor) {
        if (outstandingMinor + requestedMinor > maxOutstandingMinor) {
            throw new LoanApplicationRejected(List.of(new Violation("amount", "you owe "
                    + Amounts.format(outstandingMinor, currency) + " " + currency + " on the platform; with this loan "
                    + "it would be more than the limit of " + Amounts.format(maxOutstandingMinor, currency) + " "
                    + currency + " per borrower")));
        }
    }
}
