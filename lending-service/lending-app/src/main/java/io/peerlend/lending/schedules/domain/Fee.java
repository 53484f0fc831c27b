package io.peerlend.lending.schedules.domain;

/**
 * A fee in minor units: {@code AT_DISBURSEMENT} is deducted from the money paid out (the borrower still repays the
 * whole principal), {@code WITH_FIRST_INSTALMENT} is added to the first payment.
 */
public record Fee(String name, long amount, Charged charged) {

    public enum Charged {
        AT_DISBURSEMENT,
        WITH_FIRST_INSTALMENT
    }
}
