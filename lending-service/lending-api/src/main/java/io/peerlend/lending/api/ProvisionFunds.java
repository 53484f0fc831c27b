package io.peerlend.lending.api;

/** The platform keeps one provision fund per currency; its aggregate id is prefixed like every other. */
public final class ProvisionFunds {

    private ProvisionFunds() {}

    public static String idFor(String currency) {
        return "provision-fund:" + currency;
    }
}
