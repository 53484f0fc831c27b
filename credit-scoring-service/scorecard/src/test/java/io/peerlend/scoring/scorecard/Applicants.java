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
}
