package io.peerlend.scoring.bureau.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.scoring.api.Applicant;
import io.peerlend.scoring.api.CreditHistory;
import io.peerlend.scoring.api.CurrentAccount;
import io.peerlend.scoring.api.EmploymentStatus;
import io.peerlend.scoring.api.Housing;
import io.peerlend.scoring.api.OtherInstalmentPlans;
import io.peerlend.scoring.api.Property;
import io.peerlend.scoring.api.Purpose;
import io.peerlend.scoring.api.Savings;
import org.junit.jupiter.api.Test;

class BureauReportTest {

    private final Applicant declared = new Applicant(
            CurrentAccount.HEALTHY,
            24,
            CreditHistory.NONE_OR_ALL_REPAID,
            Purpose.CAR,
            Savings.LOW,
            EmploymentStatus.EMPLOYED,
            3,
            Property.NONE,
            30,
            OtherInstalmentPlans.NONE,
            Housing.RENT,
            1);

    @Test
    void the_bureau_replaces_what_it_reports_and_names_the_fields() {
        BureauReport.Enriched enriched =
                new BureauReport(CurrentAccount.OVERDRAWN, CreditHistory.PAST_DELAYS, null, 1).applyTo(declared);
        assertThat(enriched.applicant().currentAccount()).isEqualTo(CurrentAccount.OVERDRAWN);
        assertThat(enriched.applicant().creditHistory()).isEqualTo(CreditHistory.PAST_DELAYS);
        // silent on instalment plans, and in agreement on credits: declared values stay, not counted as replaced
        assertThat(enriched.applicant().otherInstalmentPlans()).isEqualTo(OtherInstalmentPlans.NONE);
        assertThat(enriched.replacedFields()).containsExactly("currentAccount", "creditHistory");
        assertThat(enriched.applicant().age()).isEqualTo(30);
    }
}
