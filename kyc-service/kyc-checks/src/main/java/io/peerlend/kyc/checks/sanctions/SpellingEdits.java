package io.peerlend.kyc.checks.sanctions;

import java.util.List;
import java.util.function.Predicate;

/**
 * Where the typing errors between two spellings of a name fall. Commons Text's Damerau-Levenshtein distance says how
 * many edits there are but not where; screening needs to know which of the customer's words they are in, because two
 * edits in a four-letter word make another name (ASIM, HAKIM) and two in a long one are a typo, and whether one
 * changed a first letter (RIAZ, NIAZ). Optimal string alignment (a swap of neighbours is one edit), traced back once.
 */
final class SpellingEdits {

    private static final String VOWELS = "aeiou";

    /**
     * A typed name run together ({@link ScreeningIndex#spelling(String)}), with the word each letter belongs to,
     * each word's length, which letters begin a part of the name as typed (AL-SIN is one part of two words), and
     * which words are rare in the lists.
     */
    record Typed(String spelling, int[] wordOf, int[] lengths, boolean[] startsPart, boolean[] rare) {

        static Typed of(String name, Predicate<String> rareWord) {
            List<String> words = NameNormalizer.tokens(name);
            String spelling = String.join("", words);
            boolean[] joined = ScreeningIndex.joins(name, words.size());
            int[] lengths = words.stream().mapToInt(String::length).toArray();
            int[] wordOf = new int[spelling.length()];
            boolean[] startsPart = new boolean[spelling.length()];
            for (int w = 0, at = 0; w < lengths.length; w++) {
                startsPart[at] = w == 0 || !joined[w - 1];
                for (int k = 0; k < lengths[w]; k++) {
                    wordOf[at++] = w;
                }
            }
            boolean[] rare = new boolean[words.size()];
            for (int w = 0; w < rare.length; w++) {
                rare[w] = rareWord.test(words.get(w));
            }
            return new Typed(spelling, wordOf, lengths, startsPart, rare);
        }
    }

    /**
     * The edits per word of the typed name, and whether any changed the first letter of a part of it: typists rarely
     * get the first letter wrong, and a changed first letter most often makes another name.
     */
    record Edits(int[] perWord, boolean firstLetterChanged) {}

    private SpellingEdits() {}

    /**
     * The edits turning {@code typed} into {@code listed}. A letter missing from the typed name counts against the
     * word it is missing from, and against both words when it is missing between two (ASIM for HAKIM: two edits in
     * ASIM).
     */
    static Edits between(Typed typed, String listed) {
        String a = typed.spelling();
        int[] wordOf = typed.wordOf();
        int n = a.length();
        int m = listed.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == listed.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (swapped(a, listed, i, j)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        int[] edits = new int[typed.lengths().length];
        boolean first = false;
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && a.charAt(i - 1) == listed.charAt(j - 1) && d[i][j] == d[i - 1][j - 1]) {
                i--;
                j--;
            } else if (i > 1 && j > 1 && swapped(a, listed, i, j) && d[i][j] == d[i - 2][j - 2] + 1) {
                edits[wordOf[i - 1]]++;
                first |= typed.startsPart()[i - 2];
                i -= 2;
                j -= 2;
            } else if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + 1) {
                edits[wordOf[i - 1]]++;
                // one vowel for another is how names are transliterated (UMAR, OMAR; USAMA, OSAMA)
                first |= typed.startsPart()[i - 1]
                        && !(VOWELS.indexOf(a.charAt(i - 1)) >= 0 && VOWELS.indexOf(listed.charAt(j - 1)) >= 0);
                i--;
                j--;
            } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
                edits[wordOf[i - 1]]++;
                first |= typed.startsPart()[i - 1];
                i--;
            } else {
                // a letter missing between two words may belong to either: both count it
                if (i > 0) {
                    edits[wordOf[i - 1]]++;
                }
                if (i < n && (i == 0 || wordOf[i] != wordOf[i - 1])) {
                    edits[wordOf[i]]++;
                }
                first |= i == 0; // between two words the letter may end the first: only the name's start counts
                j--;
            }
        }
        return new Edits(edits, first);
    }

    private static boolean swapped(String a, String b, int i, int j) {
        return i > 1
                && j > 1
                && a.charAt(i - 1) == b.charAt(j - 2)
                && a.charAt(i - 2) == b.charAt(j - 1)
                && a.charAt(i - 1) != a.charAt(i - 2);
    }
}
