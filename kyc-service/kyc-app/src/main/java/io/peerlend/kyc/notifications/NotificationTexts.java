package io.peerlend.kyc.notifications;

import io.peerlend.kyc.api.NotificationTopic;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The mails' words in each language the platform speaks ({@code notifications*.properties}): subject and body of a
 * topic (with a variant for an identity check's outcome), the greeting, and the footer that says whether the customer
 * can switch the topic off.
 */
public final class NotificationTexts {

    public static final String ENGLISH = "en-GB";
    public static final String CHINESE = "zh-CN";

    /** What a mail says about one thing that happened, before it is put into words. */
    public record Facts(NotificationTopic topic, String variant, String reference, LocalDate date, int days) {

        public static Facts of(NotificationTopic topic, String reference) {
            return new Facts(topic, null, reference, null, 0);
        }
    }

    public record Text(String subject, String body) {}

    private NotificationTexts() {}

    public static Text render(Facts facts, String language, String webUrl) {
        Locale locale = Locale.forLanguageTag(CHINESE.equals(language) ? CHINESE : ENGLISH);
        ResourceBundle words = ResourceBundle.getBundle(
                "notifications",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String key = facts.topic().name() + (facts.variant() == null ? "" : "." + facts.variant());
        Object[] arguments = {
            facts.reference(),
            webUrl,
            facts.date() == null
                    ? ""
                    : facts.date()
                            .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                    .withLocale(locale)),
            String.valueOf(facts.days())
        };
        String body = format(words.getString("greeting"), locale, arguments)
                + "\n\n"
                + format(words.getString(key + ".body"), locale, arguments)
                + "\n\n"
                + format(
                        words.getString(facts.topic().required() ? "footer.required" : "footer.optional"),
                        locale,
                        arguments)
                + "\n\n"
                + words.getString("signature")
                + "\n";
        return new Text(format(words.getString(key + ".subject"), locale, arguments), body);
    }

    private static String format(String pattern, Locale locale, Object[] arguments) {
        // the texts are written as prose: an apostrophe is an apostrophe, not MessageFormat's quote
        return new MessageFormat(pattern.replace("'", "''"), locale).format(arguments);
    }
}
