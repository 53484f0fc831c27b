package io.peerlend.platform.words;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One bundle of customer-facing sentences ({@code <name>.properties} in British English, {@code <name>_zh_CN.properties}
 * in Simplified Chinese, UTF-8) in the reader's language: Simplified Chinese for any Chinese reader, British English
 * for everyone else. There is no fallback between the two: a key missing from one language is an error, not a mix of
 * languages on one page.
 *
 * <p>The sentences are written as prose: an apostrophe is an apostrophe, not MessageFormat's quote character.
 */
public final class Words {

    public static final Locale ENGLISH = Locale.UK;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /**
     * Each language is one file and nothing else: Chinese is {@code <name>_zh_CN}, English the base file. The JDK's
     * own lookup would give a Chinese bundle the English base file as its parent, so a missing Chinese sentence would
     * quietly come out in English.
     */
    private static final ResourceBundle.Control ONE_LANGUAGE = new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return List.of(CHINESE.equals(locale) ? CHINESE : Locale.ROOT);
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    };

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+}");

    private final ResourceBundle bundle;
    private final Locale locale;

    private Words(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The bundle {@code name} in the language the platform speaks to {@code reader} (null: English). */
    public static Words of(String name, Locale reader) {
        Locale locale = language(reader);
        return new Words(
                ResourceBundle.getBundle(
                        name,
                        locale,
                        // the application's loader, which sees the service's own bundles beside this jar
                        Words.class.getClassLoader(),
                        ONE_LANGUAGE),
                locale);
    }

    /**
     * What keeps a bundle from being said in both languages: a sentence with no Chinese (or no English), or one whose
     * two languages do not take the same arguments. Empty when the bundle is whole; a service's tests assert it.
     */
    public static List<String> gaps(String name) {
        Words english = of(name, ENGLISH);
        Words chinese = of(name, CHINESE);
        List<String> gaps = new ArrayList<>();
        for (String key : new TreeSet<>(english.keys())) {
            if (!chinese.has(key)) {
                gaps.add(key + ": no Chinese");
            } else if (!arguments(english.get(key)).equals(arguments(chinese.get(key)))) {
                gaps.add(key + ": the two languages take different arguments");
            }
        }
        for (String key : new TreeSet<>(chinese.keys())) {
            if (!english.has(key)) {
                gaps.add(key + ": no English");
            }
        }
        return gaps;
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(text);
        while (argument.find()) {
            found.add(argument.group());
        }
        return found;
    }

    /** True when the platform speaks Chinese to this reader. */
    public static boolean chinese(Locale reader) {
        return reader != null && "zh".equals(reader.getLanguage());
    }

    /** {@link #CHINESE} or {@link #ENGLISH}: the language the platform speaks to this reader. */
    public static Locale language(Locale reader) {
        return chinese(reader) ? CHINESE : ENGLISH;
    }

    /** The language these words are in. */
    public Locale locale() {
        return locale;
    }

    /** Every key of this language's file. */
    public Set<String> keys() {
        return bundle.keySet();
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The sentence under {@code key}, as written. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no words for " + key + " in " + locale.toLanguageTag(), e);
        }
    }

    /** The sentence under {@code key} with its {@code {0}}, {@code {1}}, … filled in, in this language's forms. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key).replace("'", "''"), locale).format(arguments);
    }
}
