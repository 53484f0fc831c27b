package io.peerlend.scoring.api;

import io.peerlend.platform.words.Sentences;
import io.peerlend.platform.words.Words;
import java.util.List;
import java.util.Locale;

/**
 * The reasons of a credit decision in the borrower's language ({@code credit-reasons*.properties}). The scoring
 * service words a reason in English from these templates, and the English sentence is what the events store (stored
 * events are a contract, and the reason must read the same years later); the lending service, which answers the
 * borrower, reads a stored sentence back against the English templates and says it again in the borrower's language.
 * A sentence that matches no template (a reason from before a template existed) stays as it was stored.
 */
public final class CreditReasons {

    private static final String BUNDLE = "credit-reasons";
    private static final Words ENGLISH = Words.of(BUNDLE, Words.ENGLISH);
    private static final Sentences SENTENCES = Sentences.of(BUNDLE);

    private CreditReasons() {}

    /** The reason under {@code key} in English, as the events store it. */
    public static String english(String key, Object... arguments) {
        return ENGLISH.format(key, arguments);
    }

    /** A stored (English) reason in the reader's language. */
    public static String inLanguage(String reason, Locale reader) {
        return SENTENCES.say(reason, reader);
    }

    /** The reasons in the reader's language, in their order. */
    public static List<String> inLanguage(List<String> reasons, Locale reader) {
        return reasons == null
                ? List.of()
                : reasons.stream().map(r -> inLanguage(r, reader)).toList();
    }
}
