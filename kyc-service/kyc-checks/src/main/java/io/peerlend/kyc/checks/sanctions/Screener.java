package io.peerlend.kyc.checks.sanctions;

import io.peerlend.kyc.checks.sanctions.SanctionsEntry.EntryType;
import io.peerlend.kyc.checks.sanctions.Screening.Decision;
import io.peerlend.kyc.checks.sanctions.Screening.Match;
import io.peerlend.kyc.checks.sanctions.Screening.Query;
import io.peerlend.kyc.checks.sanctions.Screening.Result;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Fuzzy, explainable screening of one name against all loaded lists. Names are compared word by word in any order
 * (Jaro-Winkler on transliteration-folded spellings, initials against whole words), each word weighted by how rare
 * it is in the lists (inverse document frequency), so that words like BANK or AL that appear in hundreds of entries
 * cannot make a match on their own. Candidates come from an index of letter pairs, so a query touches only entries
 * sharing a similar word. Immutable and thread-safe; build a new one when the lists are reloaded.
 */
public final class Screener {

    private static final int MAX_MATCHES = 10;
    private static final double NAME_SIDE = 0.5;
    private static final double SOUNDS_ALIKE = 0.88;
    private static final double SPELT_NEAR_ENOUGH = 0.78;
    private static final double WHOLE_NAME_ALIKE = 0.96;
    private static final double MIDDLE_NAME_LEFT_OUT = 0.5;
    private static final double WHOLE_NAME_PER_EDIT = 0.04;

    private final SanctionsLists lists;
    private final ScreeningPolicy policy;
    private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
    private final ScreeningIndex index;

    public Screener(SanctionsLists lists, ScreeningPolicy policy) {
        this.lists = lists;
        this.policy = policy;
        this.index = new ScreeningIndex(lists);
    }

    public SanctionsLists lists() {
        return lists;
    }

    public Result screen(Query query) {
        Map<String, Match> byEntry = new HashMap<>();
        collect(byEntry, matches(query.name(), query, false), null);
        for (String pinyin : ChineseNames.pinyin(query.name())) {
            collect(byEntry, matches(pinyin, query, true), pinyin);
        }
        List<Match> matches = new ArrayList<>(byEntry.values());
        matches.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::entryId));
        List<Match> best = matches.subList(0, Math.min(MAX_MATCHES, matches.size()));
        Decision decision = best.stream()
                .map(m -> policy.decide(m.score(), m.confirmed()))
                .max(Comparator.naturalOrder())
                .orElse(Decision.CLEAR);
        return new Result(decision, best, lists.version());
    }

    /** Keeps each entry's best match; {@code pinyin} names the spelling screened for a name in characters. */
    private static void collect(Map<String, Match> byEntry, List<Match> found, String pinyin) {
        for (Match m : found) {
            Match match = m;
            if (pinyin != null) {
                List<String> evidence = new ArrayList<>();
                evidence.add("written in Chinese characters, screened as its pinyin '" + pinyin + "'");
                evidence.addAll(m.matchedOn());
                match = new Match(m.list(), m.entryId(), m.name(), m.score(), evidence, m.confirmed());
            }
            Match before = byEntry.get(m.list() + "/" + m.entryId());
            if (before == null || match.score() > before.score()) {
                byEntry.put(m.list() + "/" + m.entryId(), match);
            }
        }
    }

    /**
     * The entries one spelling of the name resembles closely enough to review. {@code transliterated}: the spelling
     * is pinyin made from Chinese characters, exact by construction, whose syllables are shared by hundreds of
     * thousands of people (WANG, LI, WEI): each of its words must equal a word of the listed name, and all of them
     * must be found, or a few common syllables alike in spelling would decide a match (KANG MINGHUI ~ KANG MIN).
     */
    private List<Match> matches(String name, Query query, boolean transliterated) {
        List<String> words = NameNormalizer.tokens(name);
        String[] folded = words.stream().map(NameNormalizer::fold).toArray(String[]::new);
        List<Map<Integer, Double>> similar = new ArrayList<>(folded.length);
        for (String q : folded) {
            Map<Integer, Double> like = similarWords(q);
            if (transliterated) {
                like.values().removeIf(sim -> sim < 1.0);
            }
            similar.add(like);
        }
        Map<Integer, Double> bestByEntry = new HashMap<>();
        Map<Integer, NameScore> evidenceByEntry = new HashMap<>();
        SpellingEdits.Typed typed =
                SpellingEdits.Typed.of(name, q -> index.weightOf(NameNormalizer.fold(q)) >= policy.commonWordWeight());
        for (int candidate : index.candidateNames(similar)) {
            NameScore score = scoreName(candidate, folded, words, similar);
            if (transliterated && score.queryWordsMatched < folded.length) {
                continue;
            }
            if (!transliterated) {
                spelledAlike(score, typed, candidate);
            }
            int entry = index.entryOf(candidate);
            if (score.value > bestByEntry.getOrDefault(entry, -1.0)) {
                bestByEntry.put(entry, score.value);
                evidenceByEntry.put(entry, score);
            }
        }
        Optional<String> nationality = Countries.toIso2(query.nationality());
        List<Match> matches = new ArrayList<>();
        for (Map.Entry<Integer, NameScore> e : evidenceByEntry.entrySet()) {
            if (e.getValue().value + policy.confirmByExactBirth() + policy.confirmByNationality() < policy.review()) {
                continue; // cannot reach REVIEW even when every other fact confirms
            }
            Match match = adjust(lists.entries().get(e.getKey()), e.getValue(), query, nationality);
            if (match.score() >= policy.review()) {
                matches.add(match);
            }
        }
        return matches;
    }

    /** Words of the lists like this query word, with their similarity (1 for the same folded spelling). */
    private Map<Integer, Double> similarWords(String q) {
        Map<Integer, Double> out = new HashMap<>();
        if (q.length() < 2) {
            return out; // an initial finds nothing by itself; it is compared within candidate names
        }
        for (int word : index.wordsSharingPairs(q)) {
            String w = index.word(word);
            double sim = w.equals(q) ? 1.0 : jaroWinkler.apply(q, w);
            if (sim >= policy.tokenSimilarity()) {
                out.put(word, sim);
            }
        }
        // spelt apart but sounding alike (transliterations): as similar as the threshold, never more
        for (int word : index.wordsSoundingLike(q)) {
            if (jaroWinkler.apply(q, index.word(word)) >= SPELT_NEAR_ENOUGH) {
                out.merge(word, SOUNDS_ALIKE, Math::max);
            }
        }
        return out;
    }

    private record Pair(int q, int c, double sim) {}

    private static final class NameScore {
        double value;
        int name;
        boolean onlyCommonWords = true;
        int queryWordsMatched;

        final List<String> evidence = new ArrayList<>();
    }

    /** Pairs query words with the name's words one to one, most similar first, and weighs both sides by rarity. */
    private NameScore scoreName(int name, String[] folded, List<String> words, List<Map<Integer, Double>> similar) {
        int[] nameWords = index.wordsOf(name);
        List<Pair> pairs = new ArrayList<>();
        for (int qi = 0; qi < folded.length; qi++) {
            for (int ci = 0; ci < nameWords.length; ci++) {
                double sim =
                        folded[qi].length() == 1 || index.word(nameWords[ci]).length() == 1
                                ? initials(folded[qi], nameWords[ci])
                                : similar.get(qi).getOrDefault(nameWords[ci], 0.0);
                if (sim > 0) {
                    pairs.add(new Pair(qi, ci, sim));
                }
            }
        }
        // most similar first; of equally similar pairs, the words at the nearer place in their names (the second AL
        // of A. ABD AL-AZIZ is the second AL of AL-MASRI, ABD AL-AZIZ, leaving the first to the initial)
        int qn = folded.length;
        int cn = nameWords.length;
        pairs.sort(Comparator.comparingDouble(Pair::sim)
                .reversed()
                .thenComparingDouble(p -> Math.abs((double) p.q / qn - (double) p.c / cn)));
        double[] qSim = new double[folded.length];
        double[] cSim = new double[nameWords.length];
        int[] qTo = new int[folded.length];
        Arrays.fill(qTo, -1);
        boolean[] cUsed = new boolean[nameWords.length];
        NameScore score = new NameScore();
        score.name = name;
        for (Pair p : pairs) {
            if (qTo[p.q] < 0 && !cUsed[p.c]) {
                qTo[p.q] = p.c;
                cUsed[p.c] = true;
                qSim[p.q] = p.sim;
                cSim[p.c] = p.sim;
            }
        }
        double qWeighted = 0;
        double qTotal = 0;
        for (int qi = 0; qi < folded.length; qi++) {
            double w = qTo[qi] >= 0 ? index.weight(nameWords[qTo[qi]]) : index.weightOf(folded[qi]);
            qWeighted += w * qSim[qi];
            qTotal += w;
        }
        // an initial stands for a whole hyphenated surname: A. for AL-KHAFAJI covers KHAFAJI too
        for (int qi = 0; qi < folded.length; qi++) {
            int ci = qTo[qi];
            if (ci >= 0 && folded[qi].length() == 1) {
                while (ci + 1 < nameWords.length && index.joinedToNext(name, ci) && !cUsed[ci + 1]) {
                    cUsed[++ci] = true;
                    cSim[ci] = qSim[qi];
                }
            }
        }
        double cWeighted = 0;
        double cTotal = 0;
        int untyped = -1;
        int untypedCount = 0;
        for (int ci = 0; ci < nameWords.length; ci++) {
            double w = index.weight(nameWords[ci]);
            cWeighted += w * cSim[ci];
            cTotal += w;
            if (!cUsed[ci]) {
                untyped = ci;
                untypedCount++;
            }
        }
        // a person leaves out a middle name: when every word typed is found as spelt and they are at least two of
        // the listed name's three or more, the one listed word left out, neither its first nor its last, counts half
        // (organisations' names are whole; WANG WEN is not WANG, WEN CHOU: a Chinese given name's last syllable is
        // no middle name)
        boolean middleLeftOut = untypedCount == 1
                && untyped > 0
                && untyped < nameWords.length - 1
                && lists.entries().get(index.entryOf(name)).type() == EntryType.INDIVIDUAL
                && nameWords.length >= 3
                && folded.length >= 2
                && Arrays.stream(qTo).allMatch(c -> c >= 0)
                && Arrays.stream(qSim).allMatch(sim -> sim >= 1.0);
        if (middleLeftOut) {
            cWeighted += MIDDLE_NAME_LEFT_OUT * index.weight(nameWords[untyped]);
        }
        score.value = NAME_SIDE * qWeighted / qTotal + (1 - NAME_SIDE) * cWeighted / cTotal;
        score.evidence.add((index.isAlternate(name) ? "alternate name '" : "name '") + index.text(name) + "'");
        if (middleLeftOut) {
            score.evidence.add("one listed name not given: " + index.word(nameWords[untyped]) + " (counts half)");
        }
        for (int qi = 0; qi < folded.length; qi++) {
            if (qTo[qi] >= 0) {
                String listed = index.word(nameWords[qTo[qi]]);
                score.onlyCommonWords &= index.weight(nameWords[qTo[qi]]) < policy.commonWordWeight();
                score.queryWordsMatched++;
                score.evidence.add(
                        qSim[qi] >= 1.0
                                ? words.get(qi) + " = " + listed
                                : String.format(Locale.ROOT, "%s ~ %s (%.2f)", words.get(qi), listed, qSim[qi]));
            }
        }
        return score;
    }

    /**
     * Typing errors that words alone miss: two in one short word (KAKLE for KAMEL) or one that moves a word's border
     * (ALF-URQAN for AL-FURQAN). The whole name, its letters run together in the order given, within a few edits of
     * the listed name's (Damerau-Levenshtein: a swap is one edit) scores by the number of edits, whatever its words
     * make of it: one edit in seven letters, two in ten, three in twenty. The edits must be typos of the
     * customer's words ({@link SpellingEdits}): at most one in a word of five letters or fewer (two make IMRAN of
     * IHSAN, QASIM of QAID: other names), two in a longer one or in one of five when a word rare in the lists is
     * spelt as listed (DJERMANE KAKLE), and no changed first letter (RIAZ, NIAZ) but for one vowel for another
     * (UMAR, OMAR).
     */
    private void spelledAlike(NameScore score, SpellingEdits.Typed typed, int candidate) {
        String spelling = typed.spelling();
        int allowed = spelling.length() >= 20 ? 3 : spelling.length() >= 10 ? 2 : spelling.length() >= 7 ? 1 : 0;
        String listed = index.spelling(candidate);
        if (allowed == 0 || Math.abs(listed.length() - spelling.length()) > allowed) {
            return;
        }
        int edits = new DamerauLevenshteinDistance(allowed).apply(spelling, listed);
        if (edits < 0) {
            return;
        }
        SpellingEdits.Edits where = SpellingEdits.between(typed, listed);
        if (where.firstLetterChanged()) {
            return; // RIAZ is not NIAZ mistyped
        }
        int[] perWord = where.perWord();
        boolean rareWordAsListed = false;
        for (int w = 0; w < perWord.length; w++) {
            rareWordAsListed |= perWord[w] == 0 && typed.rare()[w];
        }
        for (int w = 0; w < perWord.length; w++) {
            int length = typed.lengths()[w];
            int typos = length >= 6 || length == 5 && rareWordAsListed ? 2 : 1;
            if (perWord[w] > typos) {
                return; // not a typo of this word: another word
            }
        }
        double value = WHOLE_NAME_ALIKE - WHOLE_NAME_PER_EDIT * edits;
        if (value > score.value) {
            score.value = value;
            score.evidence.add(String.format(
                    Locale.ROOT,
                    "spelt as a whole within %d letter%s of the listed name (%.2f)",
                    edits,
                    edits == 1 ? "" : "s",
                    value));
        }
    }

    private double initials(String q, int word) {
        String c = index.word(word);
        if (q.length() == 1 && c.length() == 1) {
            return q.equals(c) ? 1.0 : 0;
        }
        String initial = q.substring(0, 1);
        if (q.length() == 1) {
            // an initial fits many names: never a match alone; it is the listed word's letter, before folding
            return index.beginsWith(word, initial) ? 0.8 : 0;
        }
        return q.charAt(0) == c.charAt(0) ? 0.8 : 0;
    }

    private Match adjust(SanctionsEntry entry, NameScore name, Query query, Optional<String> nationality) {
        double score = name.value;
        boolean confirmed = false;
        List<String> evidence = new ArrayList<>(name.evidence);
        if (name.onlyCommonWords && score > policy.commonNameCap()) {
            score = policy.commonNameCap();
            evidence.add("only words common in the lists match: a date of birth must confirm");
        }
        boolean person = entry.type() == EntryType.INDIVIDUAL;
        if (query.dateOfBirth() != null && !person) {
            score *= policy.discountForOrganisation();
            evidence.add("listed as " + entry.type().name().toLowerCase(Locale.ROOT) + ", not a person (discounted)");
        }
        if (query.dateOfBirth() != null && person && !entry.datesOfBirth().isEmpty()) {
            if (entry.datesOfBirth().stream().anyMatch(b -> b.exactly(query.dateOfBirth()))) {
                score += policy.confirmByExactBirth();
                confirmed = true;
                evidence.add("date of birth " + query.dateOfBirth() + " as listed (confirms)");
            } else if (entry.datesOfBirth().stream().anyMatch(b -> b.plausible(query.dateOfBirth()))) {
                score += policy.confirmByBirthYear();
                confirmed = true;
                evidence.add("year of birth fits the listed " + entry.datesOfBirth() + " (confirms)");
            } else {
                score *= policy.discountForOtherBirth();
                evidence.add("date of birth " + query.dateOfBirth() + " differs from the listed " + entry.datesOfBirth()
                        + " (discounted)");
            }
        }
        if (nationality.isPresent() && person && !entry.nationalities().isEmpty()) {
            if (entry.nationalities().contains(nationality.get())) {
                score += policy.confirmByNationality();
                confirmed = true;
                evidence.add("nationality " + nationality.get() + " as listed (confirms)");
            } else {
                score *= policy.discountForOtherNationality();
                evidence.add("nationality " + nationality.get() + " differs from the listed " + entry.nationalities()
                        + " (discounted)");
            }
        }
        double rounded = Math.round(Math.min(1.0, score) * 1000) / 1000.0;
        if (rounded >= policy.block() && !confirmed) {
            evidence.add("the name alone does not block: no date of birth or nationality confirms it");
        }
        return new Match(entry.list(), entry.entryId(), entry.primaryName(), rounded, evidence, confirmed);
    }
}
