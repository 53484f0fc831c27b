package io.peerlend.kyc.checks.sanctions;

/**
 * The thresholds of screening, in one place. A name score of 1 is an identical name; the date of birth and
 * nationality move it up (confirm) or down (discount). BLOCK needs a near-identical name and at least one identifier
 * that confirms it (the date or year of birth, the nationality): a name alone, however exact, is REVIEW for an
 * officer, because common names equal the aliases of listed people (Mohammed Tufail, Muhammad Naeem). REVIEW also
 * catches likely variants for a person to look at.
 */
public record ScreeningPolicy(
        double block,
        double review,
        double tokenSimilarity,
        double confirmByExactBirth,
        double confirmByBirthYear,
        double discountForOtherBirth,
        double confirmByNationality,
        double discountForOtherNationality,
        double discountForOrganisation,
        double commonWordWeight) {

    /**
     * A word is common when it occurs in more than about 150 of the lists' 20,000 names (weight = ln(1 + names /
     * names with the word) below 5): ALI, MOHAMMED, BANK. A match made only of common words stays below BLOCK
     * unless the exact date of birth confirms it.
     */
    public static final ScreeningPolicy DEFAULT =
            new ScreeningPolicy(0.93, 0.82, 0.87, 0.05, 0.02, 0.85, 0.02, 0.95, 0.9, 5.0);

    /** The highest score a name of common words alone may reach: an exact date of birth lifts it to BLOCK. */
    public double commonNameCap() {
        return block - confirmByExactBirth;
    }

    /** What one match decides: {@code confirmed} when an identifier of the customer's agrees with the entry. */
    public Screening.Decision decide(double score, boolean confirmed) {
        return score >= block && confirmed
                ? Screening.Decision.BLOCK
                : score >= review ? Screening.Decision.REVIEW : Screening.Decision.CLEAR;
    }
}
