package io.peerlend.kyc.checks.sanctions;

/**
 * Where the typing errors between two spellings of a name fall. Commons Text's Damerau-Levenshtein distance says how
 * many edits there are but not where; screening needs to know which of the customer's words they are in, because two
 * edits in a four-letter word make another name (ASIM, HAKIM) and two in a long one are a typo. Optimal string
 * alignment (a swap of neighbours is one edit), traced back once.
 */
final class SpellingEdits {

    private SpellingEdits() {}

    /**
     * The edits turning {@code typed} into {@code listed}, counted per word of {@code typed}: {@code wordOf[i]} is
     * the word the i-th letter belongs to. A letter missing from {@code typed} counts against the word it is missing
     * from, and against both words when it is missing between two (ASIM for HAKIM: two edits in ASIM).
     */
    static int[] perWord(String typed, int[] wordOf, int words, String listed) {
        int n = typed.length();
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
                int cost = typed.charAt(i - 1) == listed.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (swapped(typed, listed, i, j)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        int[] edits = new int[words];
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && typed.charAt(i - 1) == listed.charAt(j - 1) && d[i][j] == d[i - 1][j - 1]) {
                i--;
                j--;
            } else if (i > 1 && j > 1 && swapped(typed, listed, i, j) && d[i][j] == d[i - 2][j - 2] + 1) {
                edits[wordOf[i - 1]]++;
                i -= 2;
                j -= 2;
            } else if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + 1) {
                edits[wordOf[i - 1]]++;
                i--;
                j--;
            } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
                edits[wordOf[i - 1]]++;
                i--;
            } else {
                // a letter missing between two words may belong to either: both count it
                if (i > 0) {
                    edits[wordOf[i - 1]]++;
                }
                if (i < n && (i == 0 || wordOf[i] != wordOf[i - 1])) {
                    edits[wordOf[i]]++;
                }
                j--;
            }
        }
        return edits;
    }

    private static boolean swapped(String a, String b, int i, int j) {
        return i > 1
                && j > 1
                && a.charAt(i - 1) == b.charAt(j - 2)
                && a.charAt(i - 2) == b.charAt(j - 1)
                && a.charAt(i - 1) != a.charAt(i - 2);
    }
}
