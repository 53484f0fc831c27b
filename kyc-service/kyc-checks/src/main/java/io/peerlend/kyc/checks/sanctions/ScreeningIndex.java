package io.peerlend.kyc.checks.sanctions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Every listed name (primary and alternate) as folded words; each distinct word with its rarity weight, the names it
 * occurs in, and the letter pairs it contains (for finding misspelt words without comparing against all of them).
 */
final class ScreeningIndex {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    static {
        METAPHONE.setMaxCodeLen(12); // the default keeps 4 sounds: SIDDARTH would sound like STROYTRANSGAZ
    }

    private final List<String> words = new ArrayList<>();
    private final Map<String, Integer> wordIds = new HashMap<>();
    private final double[] weights;
    private final double unknownWeight;
    private final int[][] namesOfWord;
    private final Map<Integer, int[]> wordsOfPair = new HashMap<>();
    private final Map<String, List<Integer>> wordsOfSound = new HashMap<>();
    /** The first letters a word has as listed, before folding (KHAN folds to HAN but is K. as an initial). */
    private final Map<Integer, String> initialsOfWord = new HashMap<>();

    private final int[] entryOfName;
    private final int[][] wordsOfName;
    private final String[] nameText;
    /** Per name, per word: whether the word is joined to the next by a hyphen (AL-KHAFAJI is one surname). */
    private final boolean[][] joined;
    /** Each name's words as listed, run together: a whole name can be compared. */
    private final String[] spelling;

    private final boolean[] alternate;

    ScreeningIndex(SanctionsLists lists) {
        List<int[]> nameWords = new ArrayList<>();
        List<Integer> entries = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Boolean> alternates = new ArrayList<>();
        List<boolean[]> joinedToNext = new ArrayList<>();
        for (int e = 0; e < lists.entries().size(); e++) {
            SanctionsEntry entry = lists.entries().get(e);
            Set<String> seen = new HashSet<>();
            List<String> names = new ArrayList<>();
            names.add(entry.primaryName());
            names.addAll(entry.alternateNames());
            for (int n = 0; n < names.size(); n++) {
                List<String> tokens = NameNormalizer.tokens(names.get(n));
                int[] ids = tokens.stream()
                        .map(NameNormalizer::fold)
                        .mapToInt(this::wordId)
                        .toArray();
                for (int t = 0; t < ids.length; t++) {
                    initialsOfWord.merge(ids[t], tokens.get(t).substring(0, 1), (a, b) -> a.contains(b) ? a : a + b);
                }
                if (ids.length == 0 || !seen.add(Arrays.toString(ids))) {
                    continue;
                }
                nameWords.add(ids);
                joinedToNext.add(joins(names.get(n), ids.length));
                entries.add(e);
                texts.add(names.get(n));
                alternates.add(n > 0);
            }
        }
        entryOfName = entries.stream().mapToInt(Integer::intValue).toArray();
        wordsOfName = nameWords.toArray(int[][]::new);
        nameText = texts.toArray(String[]::new);
        joined = joinedToNext.toArray(boolean[][]::new);
        spelling = texts.stream().map(ScreeningIndex::spelling).toArray(String[]::new);
        alternate = new boolean[alternates.size()];
        for (int i = 0; i < alternate.length; i++) {
            alternate[i] = alternates.get(i);
        }
        List<List<Integer>> postings = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            postings.add(new ArrayList<>());
        }
        for (int name = 0; name < wordsOfName.length; name++) {
            for (int word :
                    new LinkedHashSet<>(Arrays.stream(wordsOfName[name]).boxed().toList())) {
                postings.get(word).add(name);
            }
        }
        namesOfWord = postings.stream()
                .map(p -> p.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        weights = new double[words.size()];
        double max = 0;
        for (int w = 0; w < words.size(); w++) {
            weights[w] = Math.log(1.0 + (double) wordsOfName.length / namesOfWord[w].length);
            max = Math.max(max, weights[w]);
        }
        unknownWeight = max; // a word no list contains is as telling as the rarest listed word
        Map<Integer, List<Integer>> pairs = new HashMap<>();
        for (int w = 0; w < words.size(); w++) {
            for (int pair : pairs(words.get(w))) {
                pairs.computeIfAbsent(pair, k -> new ArrayList<>()).add(w);
            }
        }
        pairs.forEach((k, v) ->
                wordsOfPair.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        for (int w = 0; w < words.size(); w++) {
            String sound = sound(words.get(w));
            if (sound != null) {
                wordsOfSound.computeIfAbsent(sound, k -> new ArrayList<>()).add(w);
            }
        }
    }

    /**
     * How a word sounds (Double Metaphone's primary key, whole), for words long enough that sounding alike means
     * something: MUHAMMED and MOHAMAD, spelt too differently for Jaro-Winkler, sound the same. Null for short words.
     */
    static String sound(String word) {
        return word.length() < 5 || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')
                ? null
                : METAPHONE.doubleMetaphone(word);
    }

    /**
     * Listed words that sound like q (see {@link #sound}), begin with the same letter and are about as long: a sound
     * key alone joins names as far apart as CRISTEN and KARST.
     */
    List<Integer> wordsSoundingLike(String q) {
        String sound = sound(q);
        if (sound == null) {
            return List.of();
        }
        return wordsOfSound.getOrDefault(sound, List.of()).stream()
                .filter(w -> words.get(w).charAt(0) == q.charAt(0)
                        && Math.abs(words.get(w).length() - q.length()) <= 2)
                .toList();
    }

    private int wordId(String word) {
        return wordIds.computeIfAbsent(word, w -> {
            words.add(w);
            return words.size() - 1;
        });
    }

    /** Distinct letter pairs of the word padded with start and end marks. */
    static Set<Integer> pairs(String word) {
        String padded = "\u0002" + word + "\u0003";
        Set<Integer> out = new LinkedHashSet<>();
        for (int i = 0; i + 1 < padded.length(); i++) {
            out.add(padded.charAt(i) << 16 | padded.charAt(i + 1));
        }
        return out;
    }

    /**
     * Words sharing enough letter pairs with q to be within a couple of typing errors: a changed or dropped letter
     * takes two of q's pairs away, two swapped letters three (ARIAS typed ARISA keeps only 3 of its 6 pairs, with the
     * word's start and end marked; counted as two, such a typo found nothing), so one of the edits may be a swap;
     * short words must contain all of q's pairs. (Allowing three pairs for each of two edits doubled the time a
     * name takes for a fraction of a point of recall.)
     */
    int[] wordsSharingPairs(String q) {
        Set<Integer> qPairs = pairs(q);
        int edits = q.length() <= 3 ? 0 : q.length() <= 5 ? 1 : 2;
        int needed = Math.max(1, qPairs.size() - 2 * edits - (edits > 0 ? 1 : 0));
        Map<Integer, Integer> shared = new HashMap<>();
        for (int pair : qPairs) {
            for (int w : wordsOfPair.getOrDefault(pair, new int[0])) {
                shared.merge(w, 1, Integer::sum);
            }
        }
        return shared.entrySet().stream()
                .filter(e -> e.getValue() >= needed)
                .mapToInt(Map.Entry::getKey)
                .toArray();
    }

    /** Names containing any of the similar words. */
    Set<Integer> candidateNames(List<Map<Integer, Double>> similarWordsPerQueryWord) {
        Set<Integer> names = new HashSet<>();
        for (Map<Integer, Double> similar : similarWordsPerQueryWord) {
            for (int word : similar.keySet()) {
                for (int name : namesOfWord[word]) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    String word(int id) {
        return words.get(id);
    }

    /** Whether the word, as listed, begins with this letter (of a query's folded initial). */
    boolean beginsWith(int word, String initial) {
        return words.get(word).startsWith(initial)
                || initialsOfWord.getOrDefault(word, "").contains(initial);
    }

    double weight(int word) {
        return weights[word];
    }

    double weightOf(String foldedWord) {
        Integer id = wordIds.get(foldedWord);
        return id == null ? unknownWeight : weights[id];
    }

    int entryOf(int name) {
        return entryOfName[name];
    }

    int[] wordsOf(int name) {
        return wordsOfName[name];
    }

    String text(int name) {
        return nameText[name];
    }

    /**
     * Which of a name's words are joined to the next by a hyphen, within one space-separated part: the words of
     * AL-KHAFAJI, MUHSIN are [true, false, false]. All false when the parts do not give the name's words.
     */
    static boolean[] joins(String name, int words) {
        boolean[] out = new boolean[words];
        int at = 0;
        for (String part : name.split("[\\s,]+")) {
            int inPart = NameNormalizer.tokens(part).size();
            if (at + inPart > words) {
                return new boolean[words];
            }
            for (int k = 0; k < inPart - 1; k++) {
                out[at + k] = part.contains("-");
            }
            at += inPart;
        }
        return at == words ? out : new boolean[words];
    }

    /** Whether word {@code at} of the name is joined by a hyphen to the word after it. */
    boolean joinedToNext(int name, int at) {
        return joined[name][at];
    }

    /** The name's letters run together, as {@link #spelling(String)} makes them. */
    String spelling(int name) {
        return spelling[name];
    }

    /**
     * A name's words (legal forms dropped) run together in order, without spaces or punctuation: AL-FURQAN and AL
     * FURQAN are alike.
     */
    static String spelling(String name) {
        return String.join("", NameNormalizer.tokens(name));
    }

    boolean isAlternate(int name) {
        return alternate[name];
    }
}
