package io.peerlend.web.pages;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Amounts and dates as the reader's language writes them ({@code @formats} in the pages). */
@Component("formats")
public class Formats {

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

    public String date(LocalDate date) {
        return date == null ? "–" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale()).format(date);
    }
}
