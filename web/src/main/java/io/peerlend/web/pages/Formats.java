package io.peerlend.web.pages;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Amounts and dates as the reader's language writes them ({@code @formats} in the pages). */
@Component("formats")
public class Formats {

    private final ZoneId zone;
    private final String currency;

    Formats(
            @Value("${peerlend.web.time-zone:Europe/London}") String zone,
            @Value("${peerlend.web.currency:GBP}") String currency) {
        this.zone = ZoneId.of(zone);
        this.currency = currency;
    }

    /** The profile's currency (ISO 4217), for pages that compute amounts in the browser (the offline calculator). */
    public String currency() {
        return currency;
    }

    /** How many decimals the profile's currency has (2 for GBP and CNY). */
    public int fractionDigits() {
        return Currency.getInstance(currency).getDefaultFractionDigits();
    }

    /** An amount in minor units (as events carry them), e.g. 960000 GBP as £9,600.00. */
    public String minor(long amountMinor, String currency) {
        return money(
                BigDecimal.valueOf(amountMinor, Currency.getInstance(currency).getDefaultFractionDigits())
                        .toPlainString(),
                currency);
    }

    /** An amount in the profile's currency, for answers that do not name theirs (markets, offers). */
    public String money(String amount) {
        return money(amount, currency);
    }

    /** An amount (a decimal string, as the services answer) in its currency, e.g. £5,000.00 or ¥5,000.00. */
    public String money(String amount, String currency) {
        if (amount == null || amount.isBlank()) {
            return "–";
        }
        Locale locale = LocaleContextHolder.getLocale();
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        Currency c = Currency.getInstance(currency);
        format.setCurrency(c);
        format.setMinimumFractionDigits(c.getDefaultFractionDigits());
        format.setMaximumFractionDigits(c.getDefaultFractionDigits());
        return format.format(new BigDecimal(amount));
    }

    /** A moment (an ISO instant, as the services answer) as a date and time in the platform's time zone. */
    public String moment(String instant) {
        if (instant == null || instant.isBlank()) {
            return "–";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale())
                .format(Instant.parse(instant).atZone(zone));
    }

    /** A day as the services write it (ISO, 2027-01-31). */
    public String date(String isoDate) {
        return isoDate == null || isoDate.isBlank() ? "–" : date(LocalDate.parse(isoDate));
    }

    public String date(LocalDate date) {
        return date == null
                ? "–"
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(LocaleContextHolder.getLocale())
                        .format(date);
    }
}
