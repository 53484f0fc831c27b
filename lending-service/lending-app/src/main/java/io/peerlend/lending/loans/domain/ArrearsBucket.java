package io.peerlend.lending.loans.domain;

/** Arrears buckets by days past due of the oldest unpaid instalment. */
public enum ArrearsBucket {
    CURRENT("CURRENT"),
    UP_TO_30("1-30"),
    UP_TO_60("31-60"),
    UP_TO_90("61-90"),
    OVER_90("90+");

    private final String label;

    ArrearsBucket(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ArrearsBucket of(int daysPastDue) {
        if (daysPastDue <= 0) {
            return CURRENT;
        }
        if (daysPastDue <= 30) {
            return UP_TO_30;
        }
        if (daysPastDue <= 60) {
            return UP_TO_60;
        }
        return daysPastDue <= 90 ? UP_TO_90 : OVER_90;
    }
}
