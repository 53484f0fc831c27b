package io.peerlend.kyc.checks.sanctions;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;

/**
 * Names to comparable tokens: case, accents and punctuation removed, legal-form words dropped, and a folded spelling
 * that merges common transliteration variants (Mohammed / Muhamed, Youssef / Yusef, Khalil / Halil).
 */
public final class NameNormalizer {

    /** Legal forms and particles that carry no identity; common but meaningful words (BANK) are weighted instead. */
    private static final Set<String> NOISE = Set.of(
            "co",
            "corp",
            "corporation",
            "company",
            "ltd",
            "limited",
            "llc",
            "inc",
            "incorporated",
            "sa",
            "sas",
            "de",
            "cv",
            "srl",
            "gmbh",
            "ag",
            "plc",
            "bv",
            "nv",
            "the",
            "of",
            "and",
            "for",
            "fka",
            "aka",
            "nka",
            "mr",
            "mrs",
            "ms",
            "dr");

    /** Long legal forms, also dropped when mistyped (COMPAYN, CORPORTAION): a typo must not make them a rare word. */
    private static final List<String> LONG_LEGAL_FORMS = List.of("company", "corporation", "limited", "incorporated");

    private static final Pattern DOTTED =
            Pattern.compile("(?<![\\p{L}\\p{N}.])(?:\\p{L}\\.)+\\p{L}(?![\\p{L}\\p{N}])\\.?");

    /** Legal forms written as dotted letters: Spanish and Latin American, Dutch, German companies. */
    private static final Set<String> DOTTED_LEGAL_FORMS = Set.of("sa", "ca", "cv", "sl", "bv", "nv", "ag");

    private static final DamerauLevenshteinDistance TWO_EDITS = new DamerauLevenshteinDistance(2);

    private NameNormalizer() {}

    /** Lower case ASCII letters and digits separated by single spaces (other scripts are kept as they are). */
    public static String plain(String s) {
        String lower = s.toLowerCase(Locale.ROOT)
                .replace("ß", "ss")
                .replace("æ", "ae")
                .replace("ø", "o")
                .replace("œ", "oe")
                .replace("ł", "l")
                .replace("đ", "d")
                .replace("ı", "i")
                .replace("þ", "th");
        String stripped = Normalizer.normalize(lower, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        // letters written with dots: a legal form (S.A., C.A.) is dropped like one written without them, an acronym of
        // three letters or more (C.A.D.) is one word; other pairs stay initials (J.R.)
        stripped = DOTTED.matcher(stripped).replaceAll(m -> {
            String letters = m.group().replace(".", "");
            return DOTTED_LEGAL_FORMS.contains(letters) ? " " : letters.length() >= 3 ? letters : m.group();
        });
        return stripped.replaceAll("['`’‘]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    /** The words of a name, in order, noise dropped; single letters are kept (initials). */
    public static List<String> tokens(String name) {
        List<String> tokens = new ArrayList<>();
        for (String token : plain(name).split(" ")) {
            if (!token.isEmpty() && !NOISE.contains(token) && !mistypedLegalForm(token)) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** One typing error in a legal form of six letters or more, two in one of ten or more. */
    private static boolean mistypedLegalForm(String token) {
        if (token.length() < 6) {
            return false;
        }
        for (String form : LONG_LEGAL_FORMS) {
            int edits = TWO_EDITS.apply(token, form);
            if (edits >= 0 && edits <= (form.length() >= 10 ? 2 : 1)) {
                return true;
            }
        }
        return false;
    }

    /** A spelling key: doubled letters collapsed, y as i, ph as f, kh as h, ou as u, ck as k, dh as d, w as v. */
    public static String fold(String token) {
        String s = token.replace("ph", "f")
                .replace("kh", "h")
                .replace("ou", "u")
                .replace("ck", "k")
                .replace("dh", "d")
                .replace("th", "t")
                .replace('y', 'i')
                .replace('w', 'v')
                .replace("ee", "i");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
