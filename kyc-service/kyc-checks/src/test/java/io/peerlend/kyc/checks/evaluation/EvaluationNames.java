package io.peerlend.kyc.checks.evaluation;

import com.ibm.icu.text.Transliterator;
import io.peerlend.kyc.checks.sanctions.SanctionsEntry;
import io.peerlend.kyc.checks.sanctions.SanctionsEntry.EntryType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import net.datafaker.Faker;

/**
 * The labelled names screening is measured on (docs/kyc.md, "Measuring screening"). Positives come from the lists
 * themselves: each listed name as it arrives from customers, perturbed (word order, a dropped middle name, initials,
 * a transliteration variant, one or two typos, no diacritics, a legal form added or dropped). Negatives are common
 * names of the platform's markets drawn from the locale name lists Datafaker ships (its lists carry no frequencies, so
 * names are drawn uniformly, with a fixed seed): British, mainland Chinese (in characters, and in pinyin from ICU4J's
 * Han-Latin transliteration, surname first and last), South Asian (India, Pakistan) and Hispanic.
 */
final class EvaluationNames {

    /** A name to screen and, for a positive, the listed entry it must find. */
    record Labelled(String name, String kind, String list, String entryId) {

        boolean positive() {
            return entryId != null;
        }
    }

    /** Spellings of one name that customers and lists use interchangeably (test data, from the lists' own aliases). */
    private static final List<List<String>> VARIANTS = List.of(
            List.of("mohammed", "muhammad", "mohamed", "mohammad", "muhammed"),
            List.of("qaddafi", "gaddafi", "kadhafi", "gadhafi"),
            List.of("yusuf", "youssef", "yousef", "yusef"),
            List.of("abdul", "abdel"),
            List.of("hussein", "husain", "hussain", "hossein"),
            List.of("osama", "usama"),
            List.of("omar", "umar"),
            List.of("ahmed", "ahmad"),
            List.of("hassan", "hasan"),
            List.of("mahmoud", "mahmud"),
            List.of("abu", "abou"),
            List.of("sergei", "sergey"),
            List.of("aleksandr", "alexander", "alexandr"),
            List.of("yevgeny", "evgeny", "yevgeniy"),
            List.of("dmitri", "dmitry", "dmitriy"),
            List.of("yuri", "yury", "yuriy"),
            List.of("abdullah", "abdallah"),
            List.of("khalid", "khaled"),
            List.of("said", "saeed", "sayed"));

    private static final List<String> LEGAL_FORMS = List.of("Ltd", "LLC", "Company", "Corporation", "SA");

    private EvaluationNames() {}

    /** Every {@code every}-th listed name of a person or organisation (1: all), each with its perturbations. */
    static List<Labelled> positives(List<SanctionsEntry> entries, int every) {
        List<Labelled> out = new ArrayList<>();
        int n = 0;
        for (SanctionsEntry e : entries) {
            if (e.type() == EntryType.VESSEL || e.type() == EntryType.AIRCRAFT) {
                continue;
            }
            List<String> names = new ArrayList<>();
            names.add(e.primaryName());
            names.addAll(e.alternateNames());
            for (String name : names) {
                if (n++ % every != 0) {
                    continue;
                }
                Random random = new Random(name.hashCode() * 31L + e.entryId().hashCode());
                perturbations(name, e.type() == EntryType.INDIVIDUAL, random)
                        .forEach((kind, perturbed) -> out.add(new Labelled(perturbed, kind, e.list(), e.entryId())));
            }
        }
        return out;
    }

    /** The ways one listed name arrives from a customer (only those that differ from the others). */
    static Map<String, String> perturbations(String listed, boolean person, Random random) {
        List<String> words = words(listed);
        Map<String, String> out = new LinkedHashMap<>();
        out.put("as listed", String.join(" ", words));
        if (words.isEmpty()) {
            return out;
        }
        if (person && words.size() >= 2) {
            List<String> reversed = new ArrayList<>(words.subList(1, words.size()));
            reversed.add(words.get(0));
            out.put("surname moved", String.join(" ", reversed));
            List<String> initial = new ArrayList<>(words);
            initial.set(0, words.get(0).substring(0, 1) + ".");
            out.put("initial", String.join(" ", initial));
        }
        if (person && words.size() >= 3) {
            List<String> dropped = new ArrayList<>(words);
            dropped.remove(1);
            out.put("middle name dropped", String.join(" ", dropped));
        }
        if (!person) {
            out.put("legal form added", String.join(" ", words) + " " + LEGAL_FORMS.get(random.nextInt(5)));
        }
        String variant = variant(words);
        if (variant != null) {
            out.put("transliteration variant", variant);
        }
        String noAccents = Normalizer.normalize(String.join(" ", words), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "");
        if (!noAccents.equals(String.join(" ", words))) {
            out.put("no diacritics", noAccents);
        }
        String oneTypo = typo(words, random);
        if (oneTypo != null) {
            out.put("one typo", oneTypo);
            String twoTypos = typo(words(oneTypo), random);
            if (twoTypos != null) {
                out.put("two typos", twoTypos);
            }
        }
        return out;
    }

    /** Common names of the platform's markets, at least {@code perGroup} of each group. */
    static List<Labelled> negatives(int perGroup) {
        return negatives(perGroup, 0);
    }

    /**
     * Common names drawn with other seeds ({@code seeds} > 0): a held-out set, never looked at while screening was
     * tuned on the first, to see that what was tuned holds for names it has not seen.
     */
    static List<Labelled> negatives(int perGroup, int seeds) {
        Map<String, Labelled> out = new LinkedHashMap<>();
        Faker british = new Faker(Locale.forLanguageTag("en-GB"), new Random(1 + 10L * seeds));
        add(
                out,
                perGroup,
                "British",
                () -> british.name().firstName() + " " + british.name().lastName());
        Faker indian = new Faker(Locale.forLanguageTag("en-IN"), new Random(2 + 10L * seeds));
        add(
                out,
                perGroup,
                "Indian",
                () -> indian.name().firstName() + " " + indian.name().lastName());
        Faker pakistani = new Faker(Locale.forLanguageTag("en-PK"), new Random(3 + 10L * seeds));
        add(
                out,
                perGroup,
                "Pakistani",
                () -> pakistani.name().firstName() + " " + pakistani.name().lastName());
        Faker hispanic = new Faker(Locale.forLanguageTag("es"), new Random(4 + 10L * seeds));
        add(
                out,
                perGroup,
                "Hispanic",
                () -> hispanic.name().firstName() + " " + hispanic.name().lastName() + " "
                        + hispanic.name().lastName());
        Faker chinese = new Faker(Locale.forLanguageTag("zh-CN"), new Random(5 + 10L * seeds));
        Transliterator pinyin = Transliterator.getInstance("Han-Latin; Latin-ASCII");
        List<String[]> han = new ArrayList<>();
        Map<String, Labelled> chars = new LinkedHashMap<>();
        add(chars, perGroup, "Chinese characters", () -> {
            String[] name = {chinese.name().lastName(), chinese.name().firstName()};
            han.add(name);
            return name[0] + name[1];
        });
        out.putAll(chars);
        for (String[] name : han) {
            String surname = capitalised(pinyin.transliterate(name[0]).replace(" ", ""));
            String given = capitalised(pinyin.transliterate(name[1]).replace(" ", ""));
            put(out, new Labelled(surname + " " + given, "Chinese pinyin, surname first", null, null));
            put(out, new Labelled(given + " " + surname, "Chinese pinyin, surname last", null, null));
        }
        return List.copyOf(out.values());
    }

    private static void add(Map<String, Labelled> out, int count, String kind, Supplier<String> names) {
        int added = 0;
        for (int tries = 0; added < count && tries < count * 50; tries++) {
            if (put(out, new Labelled(names.get().strip().replaceAll("\\s+", " "), kind, null, null))) {
                added++;
            }
        }
    }

    private static boolean put(Map<String, Labelled> out, Labelled name) {
        return out.putIfAbsent(name.name().toLowerCase(Locale.ROOT), name) == null;
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String w : name.replace(",", " ").split("\\s+")) {
            if (!w.isBlank()) {
                words.add(w);
            }
        }
        return words;
    }

    private static String variant(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).toLowerCase(Locale.ROOT);
            for (List<String> group : VARIANTS) {
                int at = group.indexOf(w);
                if (at >= 0) {
                    List<String> changed = new ArrayList<>(words);
                    changed.set(i, capitalised(group.get((at + 1) % group.size())));
                    return String.join(" ", changed);
                }
            }
        }
        return null;
    }

    /** One letter changed, dropped or swapped with its neighbour, in a word of five letters or more. */
    private static String typo(List<String> words, Random random) {
        List<Integer> long5 = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).length() >= 5) {
                long5.add(i);
            }
        }
        if (long5.isEmpty()) {
            return null;
        }
        int wi = long5.get(random.nextInt(long5.size()));
        StringBuilder w = new StringBuilder(words.get(wi));
        int at = 1 + random.nextInt(w.length() - 2); // the first letter stays: typos rarely hit it
        switch (random.nextInt(3)) {
            case 0 -> w.setCharAt(at, (char) ('a' + random.nextInt(26)));
            case 1 -> w.deleteCharAt(at);
            default -> {
                char c = w.charAt(at);
                w.setCharAt(at, w.charAt(at + 1));
                w.setCharAt(at + 1, c);
            }
        }
        List<String> changed = new ArrayList<>(words);
        changed.set(wi, w.toString());
        return String.join(" ", changed);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
