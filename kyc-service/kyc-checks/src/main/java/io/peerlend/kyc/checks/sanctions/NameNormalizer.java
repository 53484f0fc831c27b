package io.peerlend.kyc.checks.sanctions;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
        return stripped.replaceAll("['`’‘]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    /** The words of a name, in order, noise dropped; single letters are kept (initials). */
    public static List<String> tokens(String name) {
        List<String> tokens = new ArrayList<>();
        for (String token : plain(name).split(" ")) {
            if (!token.isEmpty() && !NOISE.contains(token)) {
                tokens.add(token);
            }
        }
        return tokens;
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
