package io.peerlend.scoring.api;

import io.peerlend.platform.words.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");
    private static final Map<String, Template> TEMPLATES = templates();

    /** An English template read backwards: the pattern that matches its sentences, and its arguments' order. */
    private record Template(Pattern pattern, List<Integer> arguments) {}

    private CreditReasons() {}

    /** The reason under {@code key} in English, as the events store it. */
    public static String english(String key, Object... arguments) {
        return ENGLISH.format(key, arguments);
    }

    /** A stored (English) reason in the reader's language. */
    public static String inLanguage(String reason, Locale reader) {
        if (!Words.chinese(reader) || reason == null) {
            return reason;
        }
        Words words = Words.of(BUNDLE, reader);
        for (Map.Entry<String, Template> entry : TEMPLATES.entrySet()) {
            Matcher matcher = entry.getValue().pattern().matcher(reason);
            if (matcher.matches()) {
                List<Integer> order = entry.getValue().arguments();
                Object[] arguments =
                        new Object[order.stream().mapToInt(i -> i + 1).max().orElse(0)];
                for (int group = 0; group < order.size(); group++) {
                    arguments[order.get(group)] = matcher.group(group + 1);
                }
                return words.format(entry.getKey(), arguments);
            }
        }
        return reason;
    }

    /** The reasons in the reader's language, in their order. */
    public static List<String> inLanguage(List<String> reasons, Locale reader) {
        return reasons == null
                ? List.of()
                : reasons.stream().map(r -> inLanguage(r, reader)).toList();
    }

    private static Map<String, Template> templates() {
        Map<String, Template> templates = new HashMap<>();
        for (String key : ENGLISH.keys()) {
            String text = ENGLISH.get(key);
            StringBuilder regex = new StringBuilder();
            List<Integer> order = new ArrayList<>();
            Map<Integer, Integer> groupOf = new HashMap<>();
            Matcher argument = ARGUMENT.matcher(text);
            int from = 0;
            while (argument.find()) {
                regex.append(Pattern.quote(text.substring(from, argument.start())));
                int index = Integer.parseInt(argument.group(1));
                if (groupOf.containsKey(index)) {
                    // the same argument again (the currency): the same text again
                    regex.append("\\").append(groupOf.get(index));
                } else {
                    order.add(index);
                    groupOf.put(index, order.size());
                    regex.append("(.+?)");
                }
                from = argument.end();
            }
            regex.append(Pattern.quote(text.substring(from)));
            templates.put(key, new Template(Pattern.compile(regex.toString()), List.copyOf(order)));
        }
        return Map.copyOf(templates);
    }
}
