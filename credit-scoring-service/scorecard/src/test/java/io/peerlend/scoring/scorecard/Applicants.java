package io.peerlend.scoring.scorecard;

import io.peerlend.scoring.api.Applicant;
import io.peerlend.scoring.api.CreditHistory;
import io.peerlend.scoring.api.CurrentAccount;
import io.peerlend.scoring.api.EmploymentStatus;
import io.peerlend.scoring.api.Housing;
import io.peerlend.scoring.api.OtherInstalmentPlans;
import io.peerlend.scoring.api.Property;
import io.peerlend.scoring.api.Purpose;
import io.peerlend.scoring.api.Savings;

/** Test applicants at both ends of the scorecard. */
public final class Applicants {

    private Applicants() {}

    /** Every characteristic in its best bin (by the bundled model's points). */
    public static Applicant strong() {
        return new Applicant(
                CurrentAccount.NONE,
                12,
                CreditHistory.CRITICAL,
                Purpose.HOME_IMPROVEMENT,
                Savings.HIGH,
                EmploymentStatus.EMPLOYED,
                5,
                Property.HOME,
                40,
                OtherInstalmentPlans.NONE,
                Housing.OWN,
                1);
    }

    public static Applicant weak() {
        return new Applicant(
                CurrentAccount.OVERDRAWN,
                48,
                CreditHistory.NONE_OR_ALL_REPAID,
                Purpose.OTHER,
                Savings.LOW,
                EmploymentStatus.EMPLOYED,
                0,
                Property.NONE,
                22,
                OtherInstalmentPlans.BANK,
                Housing.LIVING_RENT_FREE,
                3);
    }

    public static Applicant typical() {
        return new Applicant(
                CurrentAccount.LOW,
                24,
                CreditHistory.EXISTING_REPAID_ON_TIME,
                Purpose.CAR,
                Savings.LOW,
                EmploymentStatus.EMPLOYED,
                3,
                Property.CAR_OR_OTHER,
                31,
                OtherInstalmentPlans.NONE,
                Housing.RENT,
                1);
    }

    /** {@code base} with one characteristic moved into {@code bin} (one of the feature's fine bins). */
    public static Applicant inBin(Applicant base, Feature feature, String bin) {
        Applicant a = base;
        return switch (feature) {
            case CURRENT_ACCOUNT ->
                copy(
                        a,
                        CurrentAccount.valueOf(bin),
                        a.termMonths(),
                        a.creditHistory(),
                        a.purpose(),
                        a.savings(),
                        a.employmentStatus(),
                        a.employmentYears(),
                        a.property(),
                        a.age(),
                        a.otherInstalmentPlans(),
                        a.housing());
            case TERM ->
                copy(
                        a,
                        a.currentAccount(),
                        switch (bin) {
                            case "UP_TO_12" -> 12;
                            case "13_TO_24" -> 24;
                            case "25_TO_36" -> 36;
                            default -> 48;
                        },
                        a.creditHistory(),
                        a.purpose(),
                        a.savings(),
                        a.employmentStatus(),
                        a.employmentYears(),
                        a.property(),
                        a.age(),
                        a.otherInstalmentPlans(),
                        a.housing());
            case CREDIT_HISTORY ->
                copy(
                        a,
                        a.currentAccount(),
                        a.termMonths(),
                        CreditHistory.valueOf(bin),
                        a.purpose(),
                        a.savings(),
                        a.employmentStatus(),
                        a.employmentYears(),
                        a.property(),
                        a.age(),
                        a.otherInstalmentPlans(),
                        a.housing());
            case PURPOSE ->
                copy(
                        a,
                        a.currentAccount(),
                        a.termMonths(),
                        a.creditHistory(),
                        Purpose.valueOf(bin),
                        a.savings(),
                        a.employmentStatus(),
                        a.employmentYears(),
                        a.property(),
                        a.age(),
                        a.otherInstalmentPlans(),
                        a.housing());
            case SAVINGS ->
                copy(
                        a,
                        a.currentAccount(),
                        a.termMonths(),
                        a.creditHistory(),
                        a.purpose(),
                        bin.equals("GOOD_OR_HIGH") ? Savings.GOOD : Savings.valueOf(bin),
                        a.employmentStatus(),
                        a.employmentYears(),
                        a.property(),
                        a.age(),
                        a.otherInstalmentPlans(),
                        a.housing());
            case EMPLOYMENT ->
                copy(
                        a,
                        a.currentAccount(),
                        a.termMonths(),
                        a.creditHistory(),
                        a.purpose(),
                        a.savings(),
                        bin.equals("UNEMPLOYED") ? EmploymentStatus.UNEMPLOYED : EmploymentStatus.EMPLOYED,
                        switch (bin) {
                            case "UNEMPLOYED", "UNDER_1_YEAR" -> 0;
                            case "1_TO_4_YEARS" -> 2;
                            case "4_TO_7_YEARS" -> 5;
                            default -> 8;
                        },
                        a.property(),
                        a.age(),
                        a.otherInstalmentPlans(),
                        a.housing());
            case PROPERTY ->
                copy(
                        a,
                        a.currentAccount(),
                        a.termMonths(),
                        a.creditHistory(),
                        a.purpose(),
                        a.savings(),
                        a.employmentStatus(),
                        a.employmentYears(),
                        Property.valueOf(bin),
                        a.age(),
                        a.otherInstalmentPlans(),
                        a.housing());
            case AGE ->
                copy(
                        a,
                        a.currentAccount(),
                        a.termMonths(),
                        a.creditHistory(),
                        a.purpose(),
                        a.savings(),
                        a.employmentStatus(),
                        a.employmentYears(),
                        a.property(),
                        switch (bin) {
                            case "UNDER_26" -> 22;
                            case "26_TO_35" -> 30;
                            case "36_TO_50" -> 40;
                            default -> 60;
                        },
                        a.otherInstalmentPlans(),
                        a.housing());
            case OTHER_INSTALMENT_PLANS ->
                copy(
                        a,
                        a.currentAccount(),
                        a.termMonths(),
                        a.creditHistory(),
                        a.purpose(),
                        a.savings(),
                        a.employmentStatus(),
                        a.employmentYears(),
                        a.property(),
                        a.age(),
                        bin.equals("NONE") ? OtherInstalmentPlans.NONE : OtherInstalmentPlans.BANK,
                        a.housing());
            case HOUSING ->
                copy(
                        a,
                        a.currentAccount(),
                        a.termMonths(),
                        a.creditHistory(),
                        a.purpose(),
                        a.savings(),
                        a.employmentStatus(),
                        a.employmentYears(),
                        a.property(),
                        a.age(),
                        a.otherInstalmentPlans(),
                        Housing.valueOf(bin));
        };
    }

    private static Applicant copy(
            Applicant a,
            CurrentAccount account,
            int term,
            CreditHistory history,
            Purpose purpose,
            Savings savings,
            EmploymentStatus status,
            int years,
            Property property,
            int age,
            OtherInstalmentPlans plans,
            Housing housing) {
        return new Applicant(
                account,
                term,
                history,
                purpose,
                savings,
                status,
                years,
                property,
                age,
                plans,
                housing,
                a.existingCredits());
    }
}
