package io.peerlend.lending.api;

/** The platform publishes one fee schedule per currency; its aggregate id is prefixed like every other. */
public final class FeeSchedules {

    private FeeSchedules() {}

    public static String idFor(String currency) {
        return "fee-schedule:" + currency;
    }
}
