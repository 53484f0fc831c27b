package io.peerlend.lending.collections.domain;

/**
 * How a borrower's payment is applied to what is due: fees first, then interest, then principal; anything beyond what
 * is due is an overpayment (kept for the borrower, never silently taken). All in minor units.
 */
public record PaymentAllocation(long fees, long interest, long principal, long overpayment) {

    public static PaymentAllocation of(long paid, long feesDue, long interestDue, long principalDue) {
        if (paid < 0 || feesDue < 0 || interestDue < 0 || principalDue < 0) {
            throw new IllegalArgumentException("amounts must not be negative");
        }
        long fees = Math.min(paid, feesDue);
        long interest = Math.min(paid - fees, interestDue);
        long principal = Math.min(paid - fees - interest, principalDue);
        return new PaymentAllocation(fees, interest, principal, paid - fees - interest - principal);
    }

    public long total() {
        return fees + interest + principal + overpayment;
    }
}
