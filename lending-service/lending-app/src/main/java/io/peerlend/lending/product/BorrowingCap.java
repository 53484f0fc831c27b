package io.peerlend.lending.product;

import java.util.List;
import java.util.Optional;

/**
 * The jurisdiction profile's cap on what one individual may owe on the platform (cn: 200,000 under the 2016 interim
 * measures; uk: the platform's product limit). Decides only: the {@link BorrowerExposure} holds what counts against it.
 */
public record BorrowingCap(long maxOutstandingMinor, String currency) {

    /** Why {@code requestedMinor} more may not be borrowed by someone who owes {@code owedMinor}, if it may not. */
    public Optional<String> refusal(long owedMinor, long requestedMinor) {
        if (owedMinor + requestedMinor <= maxOutstandingMinor) {
            return Optional.empty();
        }
        return Optional.of("you owe " + Amounts.format(owedMinor, currency) + " " + currency + " on the platform "
                + "(with loans accepted and not yet paid out); with this loan it would be more than the limit of "
                + Amounts.format(maxOutstandingMinor, currency) + " " + currency + " per borrower");
    }

    public void check(long owedMinor, long requestedMinor) {
        refusal(owedMinor, requestedMinor).ifPresent(reason -> {
            throw new LoanApplicationRejected(List.of(new Violation("amount", reason)));
        });
    }
}
