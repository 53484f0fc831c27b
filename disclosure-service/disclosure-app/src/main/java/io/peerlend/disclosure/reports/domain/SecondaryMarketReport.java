package io.peerlend.disclosure.reports.domain;

/**
 * The secondary market's month (a series of its own, signed and chained like the others, from the first month the
 * platform traded): sales in the month (loan parts sold from one lender to another), the principal they carried and
 * the price paid, the average premium (negative: a discount) as a share of that principal, the average days from
 * listing to sale; listings made and withdrawn in the month and open at its end; sales and principal since the start.
 * Amounts are decimal strings in {@code currency}; the average premium a decimal fraction with 4 places; null where
 * there is nothing to average. Loan-level data is unchanged by a sale: a loan is one loan whoever holds it.
 */
public record SecondaryMarketReport(
        String series,
        String period,
        String asOf,
        String currency,
        String previousHash,
        long sales,
        String principalTraded,
        String pricePaid,
        String averagePremium,
        String averageDaysToSell,
        long listed,
        long withdrawn,
        long openAtMonthEnd,
        long salesToDate,
        String principalTradedToDate) {

    public static final String SERIES = "monthly-secondary-market";
}
