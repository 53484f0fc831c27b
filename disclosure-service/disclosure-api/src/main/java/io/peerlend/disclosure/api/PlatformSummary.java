package io.peerlend.disclosure.api;

import java.time.Instant;

/**
 * Public figures about the platform, built from the event store alone (no personal data).
 *
 * @param loanApplicationsSubmitted every loan application ever submitted
 * @param feeIncome                 what the platform's fees have brought in since it began, from lending's events
 * @param asOf                      when this summary was read
 */
public record PlatformSummary(long loanApplicationsSubmitted, FeeIncome feeIncome, Instant asOf) {

    /** The summary as it was before fee income was published. */
    public PlatformSummary(long loanApplicationsSubmitted, Instant asOf) {
        this(loanApplicationsSubmitted, null, asOf);
    }

    /**
     * Fees earned since the platform began, as decimal strings in {@code currency}: the origination fee's platform
     * part and its provision fund part (once each loan's cooling-off period is over), the servicing fee taken from the
     * interest lenders received, and late fees charged.
     */
    public record FeeIncome(
            String currency,
            String originationFees,
            String toProvisionFund,
            String servicingFees,
            String lateFees,
            String total) {}
}
