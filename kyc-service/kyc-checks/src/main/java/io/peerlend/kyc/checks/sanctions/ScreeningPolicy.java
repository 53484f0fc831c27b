package io.peerlend.kyc.checks.sanctions;

/**
 * The thresholds of screening, in one place. A name score of 1 is an identical name; the date of birth and
 * nationality move it up (confirm) or down (discount). BLOCK needs a near-identical name that the other facts do
 * not contradict; REVIEW catches likely variants for a person to look at.
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
            new ScreeningPolicy(0.93, 0.82, 0.85, 0.05, 0.02, 0.85, 0.02, 0.95, 0.9, 5.0);

    /** The highest score a name of common words alone may reach: an exact date of birth lifts it to BLOCK. */
    public double commonNameCap() {
        return block - confirmByExactBirth;
    }

    public Screening.Decision decide(double bestScore) {
        return bestScore >= block
                ? Screening.Decision.BLOCK
                : bestScore >= review ? Screening.Decision.REVIEW : Screening.Decision.CLEAR;
    }
}
