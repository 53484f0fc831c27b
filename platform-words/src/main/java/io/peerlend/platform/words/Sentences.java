package io.peerlend.platform.words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences the platform wrote in English, said again in the reader's language. A sentence is matched against the
 * English templates of one or more bundles ({@code {0}}, {@code {1}}, … standing for any text: an amount, a date, a
 * list), and the matching template's Chinese is filled with what stood in its places. Used where the English sentence
 * is what is kept (a reason stored in an event) or what is thrown (a rule's message): the code keeps one language and
 * the reader gets theirs. A sentence no template matches is said as it was written, in English.
 */
public final class Sentences {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    /** An English template read backwards: where it came from, the pattern of its sentences, its arguments' order. */
    private record Template(String bundle, String key, Pattern pattern, List<Integer> arguments) {}

    private final List<Template> templates;

    private Sentences(List<Template> templates) {
        this.templates = List.copyOf(templates);
    }

    /** The templates of these bundles (first match wins, in the order given); a bundle that does not exist is skipped. */
    public static Sentences of(String... bundles) {
        List<Template> templates = new ArrayList<>();
        for (String bundle : bundles) {
            Words english;
            try {
                english = Words.of(bundle, Words.ENGLISH);
            } catch (MissingResourceException absent) {
                continue;
            }
            // longer templates first: "must be between {0} and {1}" before "must be {0}"
            Map<String, String> byKey = new LinkedHashMap<>();
            english.keys().stream()
                    .sorted((a, b) -> english.get(b).length() - english.get(a).length())
                    .forEach(key -> byKey.put(key, english.get(key)));
            byKey.forEach((key, text) -> templates.add(template(bundle, key, text)));
        }
        return new Sentences(templates);
    }

    /** The sentence in the reader's language: Chinese where a template matches, otherwise as written. */
    public String say(String english, Locale reader) {
        if (english == null || !Words.chinese(reader)) {
            return english;
        }
        for (Template template : templates) {
            Matcher matcher = template.pattern().matcher(english);
            if (matcher.matches()) {
                List<Integer> order = template.arguments();
                Object[] arguments =
                        new Object[order.stream().mapToInt(i -> i + 1).max().orElse(0)];
                for (int group = 0; group < order.size(); group++) {
                    arguments[order.get(group)] = matcher.group(group + 1);
                }
                return Words.of(template.bundle(), reader).format(template.key(), arguments);
            }
        }
        return english;
    }

    /** Whether a template knows this sentence. */
    public boolean knows(String english) {
        return templates.stream().anyMatch(t -> t.pattern().matcher(english).matches());
    }

    private static Template template(String bundle, String key, String text) {
        StringBuilder regex = new StringBuilder();
        List<Integer> order = new ArrayList<>();
        Map<Integer, Integer> groupOf = new HashMap<>();
        Matcher argument = ARGUMENT.matcher(text);
        int from = 0;
        while (argument.find()) {
            regex.append(Pattern.quote(text.substring(from, argument.start())));
            int index = Integer.parseInt(argument.group(1));
            if (groupOf.containsKey(index)) {
                // the same argument again (a currency): the same text again
                regex.append("\\").append(groupOf.get(index));
            } else {
                order.add(index);
                groupOf.put(index, order.size());
                regex.append("(.+?)");
            }
            from = argument.end();
        }
        regex.append(Pattern.quote(text.substring(from)));
        return new Template(bundle, key, Pattern.compile(regex.toString(), Pattern.DOTALL), List.copyOf(order));
    }
}
