package io.peerlend.scoring.scorecard;

import io.peerlend.scoring.api.Applicant;
import io.peerlend.scoring.api.EmploymentStatus;
import io.peerlend.scoring.api.OtherInstalmentPlans;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The scorecard's characteristics: how each applicant feature is put into bins (fixed, documented cut points and
 * category groups, so the model reads the same way to a borrower, an analyst and a regulator), and how a weak bin is
 * explained to the borrower.
 */
public enum Feature {
    CURRENT_ACCOUNT(
            "Current account",
            List.of("OVERDRAWN", "LOW", "HEALTHY", "NONE"),
            a -> a.currentAccount().name(),
            "Your current account has been overdrawn or has had a low balance recently",
            "OVERDRAWN",
            "LOW"),
    TERM(
            "Loan term",
            List.of("UP_TO_12", "13_TO_24", "25_TO_36", "OVER_36"),
            a -> a.termMonths() <= 12
                    ? "UP_TO_12"
                    : a.termMonths() <= 24 ? "13_TO_24" : a.termMonths() <= 36 ? "25_TO_36" : "OVER_36",
            "A longer loan term carries more risk; a shorter term would score better"),
    CREDIT_HISTORY(
            "Credit history",
            List.of("NONE_OR_ALL_REPAID", "ALL_REPAID_HERE", "EXISTING_REPAID_ON_TIME", "PAST_DELAYS", "CRITICAL"),
            a -> a.creditHistory().name(),
            "Your credit history shows late or missed payments, or little repayment history",
            "NONE_OR_ALL_REPAID",
            "PAST_DELAYS",
            "CRITICAL"),
    PURPOSE(
            "Loan purpose",
            List.of("CAR", "HOME_IMPROVEMENT", "EDUCATION", "BUSINESS", "OTHER"),
            a -> switch (a.purpose()) {
                case CAR, HOME_IMPROVEMENT, EDUCATION, BUSINESS -> a.purpose().name();
                // purposes without their own history in the training data are scored as "other"
                default -> "OTHER";
            },
            "Loans for this purpose have been repaid less reliably"),
    SAVINGS(
            "Savings",
            List.of("NONE", "LOW", "MODERATE", "GOOD_OR_HIGH"),
            a -> switch (a.savings()) {
                case GOOD, HIGH -> "GOOD_OR_HIGH";
                default -> a.savings().name();
            },
            "You have little or no savings to fall back on",
            "NONE",
            "LOW"),
    EMPLOYMENT(
            "Employment",
            List.of("UNEMPLOYED", "UNDER_1_YEAR", "1_TO_4_YEARS", "4_TO_7_YEARS", "7_YEARS_OR_MORE"),
            Feature::employmentBin,
            "You have been in your current employment for a short time, or are not employed",
            "UNEMPLOYED",
            "UNDER_1_YEAR",
            "1_TO_4_YEARS"),
    PROPERTY(
            "Property",
            List.of("HOME", "LIFE_INSURANCE_OR_SAVINGS_PLAN", "CAR_OR_OTHER", "NONE"),
            a -> a.property().name(),
            "You own little property",
            "CAR_OR_OTHER",
            "NONE"),
    AGE(
            "Age",
            List.of("UNDER_26", "26_TO_35", "36_TO_50", "OVER_50"),
            a -> a.age() < 26 ? "UNDER_26" : a.age() <= 35 ? "26_TO_35" : a.age() <= 50 ? "36_TO_50" : "OVER_50",
            "Applicants of your age group have repaid less reliably"),
    OTHER_INSTALMENT_PLANS(
            "Other instalment credit",
            List.of("BANK_OR_STORES", "NONE"),
            a -> a.otherInstalmentPlans() == OtherInstalmentPlans.NONE ? "NONE" : "BANK_OR_STORES",
            "You are already paying other instalment credit",
            "BANK_OR_STORES"),
    HOUSING(
            "Housing",
            List.of("RENT", "OWN", "LIVING_RENT_FREE"),
            a -> a.housing().name(),
            "Your housing situation (renting or living rent-free) is linked with higher risk",
            "RENT",
            "LIVING_RENT_FREE");

    private final String label;
    private final List<String> bins;
    private final Function<Applicant, String> binOf;
    private final String adverseReason;
    private final Set<String> describedBins;

    /**
     * @param describedBins the bins the reason's words are true of (an applicant with a healthy current account is
     *                      never told it was overdrawn, even where that bin scores below the best); none listed: every
     *                      bin below the best (the words compare, "a shorter term would score better")
     */
    Feature(
            String label,
            List<String> bins,
            Function<Applicant, String> binOf,
            String adverseReason,
            String... describedBins) {
        this.label = label;
        this.bins = bins;
        this.binOf = binOf;
        this.adverseReason = adverseReason;
        this.describedBins = Set.of(describedBins);
    }

    public String label() {
        return label;
    }

    public List<String> bins() {
        return bins;
    }

    public String binOf(Applicant applicant) {
        return binOf.apply(applicant);
    }

    /** The borrower-facing words for "this characteristic cost you points". */
    public String adverseReason() {
        return adverseReason;
    }

    /**
     * The borrower-facing words for "we could not confirm this, so it counted as neutral": only for a characteristic
     * a credit bureau reports (current account, credit history, other instalment credit); null for the others.
     */
    public String unconfirmedReason() {
        return switch (this) {
            case CURRENT_ACCOUNT ->
                "We could not confirm your current account with a credit reference agency, so it counted only as "
                        + "neutral";
            case CREDIT_HISTORY ->
                "We could not confirm your credit history with a credit reference agency, so it counted only as "
                        + "neutral";
            case OTHER_INSTALMENT_PLANS ->
                "We could not confirm your other instalment credit with a credit reference agency, so it counted "
                        + "only as neutral";
            default -> null;
        };
    }

    /** Whether the adverse reason's words are true of an applicant in {@code bin}. */
    public boolean describes(String bin) {
        return describedBins.isEmpty() || describedBins.contains(bin);
    }

    private static String employmentBin(Applicant a) {
        if (a.employmentStatus() == EmploymentStatus.UNEMPLOYED) {
            return "UNEMPLOYED";
        }
        if (a.employmentStatus() == EmploymentStatus.RETIRED) {
            return "7_YEARS_OR_MORE"; // a pension is a stable income, like long employment
        }
        int years = a.employmentYears();
        return years < 1 ? "UNDER_1_YEAR" : years < 4 ? "1_TO_4_YEARS" : years < 7 ? "4_TO_7_YEARS" : "7_YEARS_OR_MORE";
    }
}
