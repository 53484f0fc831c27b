package io.peerlend.lending.scoring;

/**
 * A borrower's answer in lending's terms as the scoring contract names it. The two vocabularies are kept apart (a
 * stored application never depends on a model's enums) and mapped by constant name; {@code ScoringTermsTest} checks
 * that every answer lending accepts has its counterpart.
 */
final class ScoringTerms {

    private ScoringTerms() {}

    static <E extends Enum<E>> E of(Enum<?> answer, Class<E> scoringTerm) {
        return Enum.valueOf(scoringTerm, answer.name());
    }
}
