package io.peerlend.scoring.bureau.domain;

import io.peerlend.scoring.api.Applicant;
import io.peerlend.scoring.api.CreditHistory;
import io.peerlend.scoring.api.CurrentAccount;
import io.peerlend.scoring.api.OtherInstalmentPlans;
import java.util.ArrayList;
import java.util.List;

/**
 * What a credit file says, in the scorecard's terms. A {@code null} field means the file does not say; where it does,
 * the bureau's value replaces what the applicant declared (it is the better evidence).
 */
public record BureauReport(
        CurrentAccount currentAccount,
        CreditHistory creditHistory,
        OtherInstalmentPlans otherInstalmentPlans,
        Integer existingCredits) {

    /**
     * The applicant with the bureau's data applied, the names of the fields it replaced, and of every field the file
     * reported (replaced or confirmed as declared).
     */
    public Enriched applyTo(Applicant a) {
        List<String> replaced = new ArrayList<>();
        List<String> reported = new ArrayList<>();
        if (currentAccount != null) {
            reported.add("currentAccount");
        }
        if (creditHistory != null) {
            reported.add("creditHistory");
        }
        if (otherInstalmentPlans != null) {
            reported.add("otherInstalmentPlans");
        }
        if (existingCredits != null) {
            reported.add("existingCredits");
        }
        CurrentAccount account = pick(currentAccount, a.currentAccount(), "currentAccount", replaced);
        CreditHistory history = pick(creditHistory, a.creditHistory(), "creditHistory", replaced);
        OtherInstalmentPlans plans =
                pick(otherInstalmentPlans, a.otherInstalmentPlans(), "otherInstalmentPlans", replaced);
        Integer credits = pick(existingCredits, a.existingCredits(), "existingCredits", replaced);
        return new Enriched(
                new Applicant(
                        account,
                        a.termMonths(),
                        history,
                        a.purpose(),
                        a.savings(),
                        a.employmentStatus(),
                        a.employmentYears(),
                        a.property(),
                        a.age(),
                        plans,
                        a.housing(),
                        credits),
                List.copyOf(replaced),
                List.copyOf(reported));
    }

    private static <T> T pick(T reported, T declared, String field, List<String> replaced) {
        if (reported == null || reported.equals(declared)) {
            return declared;
        }
        replaced.add(field);
        return reported;
    }

    public record Enriched(Applicant applicant, List<String> replacedFields, List<String> reportedFields) {}
}
