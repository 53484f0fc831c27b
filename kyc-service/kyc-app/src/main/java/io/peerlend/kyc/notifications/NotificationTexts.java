package io.peerlend.kyc.notifications;

import io.peerlend.kyc.api.NotificationTopic;
import io.peerlend.platform.words.Words;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

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

    /** A mail's subject and body, and its one sentence ({@code summary}: what a push notification shows). */
    public record Text(String subject, String body, String summary) {}

    private NotificationTexts() {}

    public static Text render(Facts facts, String language, String webUrl) {
        Words words = Words.of("notifications", Locale.forLanguageTag(language));
        String key = facts.topic().name() + (facts.variant() == null ? "" : "." + facts.variant());
        Object[] arguments = {
            facts.reference(),
            webUrl,
            facts.date() == null
                    ? ""
                    : facts.date()
                            .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                    .withLocale(words.locale())),
            String.valueOf(facts.days())
        };
        String summary = words.format(key + ".body", arguments);
        String body = words.format("greeting", arguments)
                + "\n\n"
                + summary
                + "\n\n"
                + words.format(facts.topic().required() ? "footer.required" : "footer.optional", arguments)
                + "\n\n"
                + words.get("signature")
                + "\n";
        return new Text(words.format(key + ".subject", arguments), body, summary);
    }
}
