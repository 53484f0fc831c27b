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
        Draft d = new Draft(base);
        switch (feature) {
            case CURRENT_ACCOUNT -> d.account = CurrentAccount.valueOf(bin);
            case TERM ->
                d.term = switch (bin) {
                    case "UP_TO_12" -> 12;
                    case "13_TO_24" -> 24;
                    case "25_TO_36" -> 36;
                    default -> 48;
                };
            case CREDIT_HISTORY -> d.history = CreditHistory.valueOf(bin);
            case PURPOSE -> d.purpose = Purpose.valueOf(bin);
            case SAVINGS -> d.savings = bin.equals("GOOD_OR_HIGH") ? Savings.GOOD : Savings.valueOf(bin);
            case EMPLOYMENT -> {
                d.status = bin.equals("UNEMPLOYED") ? EmploymentStatus.UNEMPLOYED : EmploymentStatus.EMPLOYED;
                d.years = switch (bin) {
                    case "UNEMPLOYED", "UNDER_1_YEAR" -> 0;
                    case "1_TO_4_YEARS" -> 2;
                    case "4_TO_7_YEARS" -> 5;
                    default -> 8;
                };
            }
            case PROPERTY -> d.property = Property.valueOf(bin);
            case AGE ->
                d.age = switch (bin) {
                    case "UNDER_26" -> 22;
                    case "26_TO_35" -> 30;
                    case "36_TO_50" -> 40;
                    default -> 60;
                };
            case OTHER_INSTALMENT_PLANS ->
                d.plans = bin.equals("NONE") ? OtherInstalmentPlans.NONE : OtherInstalmentPlans.BANK;
            case HOUSING -> d.housing = Housing.valueOf(bin);
        }
        return d.build();
    }

    /** An applicant's answers, to change one before building it again. */
    private static final class Draft {
        CurrentAccount account;
        int term;
        CreditHistory history;
        Purpose purpose;
        Savings savings;
        EmploymentStatus status;
        int years;
        Property property;
        int age;
        OtherInstalmentPlans plans;
        Housing housing;
        final int credits;

        Draft(Applicant a) {
            account = a.currentAccount();
            term = a.termMonths();
            history = a.creditHistory();
            purpose = a.purpose();
            savings = a.savings();
            status = a.employmentStatus();
            years = a.employmentYears();
            property = a.property();
            age = a.age();
            plans = a.otherInstalmentPlans();
            housing = a.housing();
            credits = a.existingCredits();
        }

        Applicant build() {
            return new Applicant(
                    account, term, history, purpose, savings, status, years, property, age, plans, housing, credits);
        }
    }
}
