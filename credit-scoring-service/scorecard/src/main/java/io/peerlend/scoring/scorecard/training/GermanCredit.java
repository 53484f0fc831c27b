package io.peerlend.scoring.scorecard.training;

import io.peerlend.scoring.api.Applicant;
import io.peerlend.scoring.api.CreditHistory;
import io.peerlend.scoring.api.CurrentAccount;
import io.peerlend.scoring.api.EmploymentStatus;
import io.peerlend.scoring.api.Housing;
import io.peerlend.scoring.api.OtherInstalmentPlans;
import io.peerlend.scoring.api.Property;
import io.peerlend.scoring.api.Purpose;
import io.peerlend.scoring.api.Savings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads UCI Statlog German Credit ({@code german.data}) into the platform's applicant terms. Attributes that the
 * platform must not or cannot use are left out: personal status and sex (9) and foreign worker (20) are protected
 * characteristics; telephone (19) and guarantors (10) say nothing the product asks; the credit amount (5) is in 1970s
 * Deutsche Mark (affordability handles amounts); the coding of instalment rate (8), residence (11), job (17) and
 * dependants (18) cannot be mapped to what a borrower declares without guessing.
 */
public final class GermanCredit {

    public static final List<String> EXCLUDED = List.of(
            "5 credit amount (1970s DM; affordability checks amounts)",
            "8 instalment rate in % of disposable income (band coding undocumented)",
            "9 personal status and sex (protected characteristic)",
            "10 other debtors / guarantors (not part of the product)",
            "11 present residence since (band coding undocumented)",
            "16 number of existing credits at this bank (no information value; its coefficient took the wrong sign)",
            "17 job (coding not mappable to declared data)",
            "18 number of people liable to provide maintenance for",
            "19 telephone (irrelevant today)",
            "20 foreign worker (protected characteristic)");

    /** What the data says that a reader of the model card should know. */
    public static final List<String> KNOWN_QUIRKS = List.of(
            "The sample holds 30% bad credits by design (700 good, 300 bad): PDs describe that population and are "
                    + "recalibrated to the platform's own outcomes once loans have aged.",
            "Credit history 'critical account / credit elsewhere' shows fewer defaults than 'no credit / all repaid'; "
                    + "this is in the data (a known feature of the sample) and the scorecard keeps it.",
            "Savings 'none or unknown' shows few defaults, like high savings; the scorecard keeps the data's answer.",
            "Purposes the data does not know (debt consolidation, wedding, medical) are scored as 'other'; "
                    + "holidays had no applicants in the data and are scored as 'other' too.");

    private GermanCredit() {}

    /** An applicant with the known outcome: {@code bad} when the credit went bad (class 2). */
    public record Labelled(Applicant applicant, boolean bad) {}

    public static List<Labelled> read(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .filter(l -> !l.isBlank())
                .map(GermanCredit::parse)
                .toList();
    }

    static Labelled parse(String line) {
        String[] a = line.trim().split("\\s+");
        if (a.length != 21) {
            throw new IllegalArgumentException("expected 21 fields, got " + a.length + ": " + line);
        }
        EmploymentStatus status = a[6].equals("A71") ? EmploymentStatus.UNEMPLOYED : EmploymentStatus.EMPLOYED;
        Applicant applicant = new Applicant(
                switch (a[0]) {
                    case "A11" -> CurrentAccount.OVERDRAWN;
                    case "A12" -> CurrentAccount.LOW;
                    case "A13" -> CurrentAccount.HEALTHY;
                    default -> CurrentAccount.NONE;
                },
                Integer.parseInt(a[1]),
                switch (a[2]) {
                    case "A30" -> CreditHistory.NONE_OR_ALL_REPAID;
                    case "A31" -> CreditHistory.ALL_REPAID_HERE;
                    case "A32" -> CreditHistory.EXISTING_REPAID_ON_TIME;
                    case "A33" -> CreditHistory.PAST_DELAYS;
                    default -> CreditHistory.CRITICAL;
                },
                switch (a[3]) {
                    case "A40", "A41" -> Purpose.CAR;
                    case "A42", "A43", "A44", "A45" -> Purpose.HOME_IMPROVEMENT; // furniture, appliances, repairs
                    case "A46", "A48" -> Purpose.EDUCATION; // education, retraining
                    case "A47" -> Purpose.HOLIDAY; // listed in german.doc, no applicant has it
                    case "A49" -> Purpose.BUSINESS;
                    default -> Purpose.OTHER;
                },
                switch (a[5]) {
                    case "A61" -> Savings.LOW;
                    case "A62" -> Savings.MODERATE;
                    case "A63" -> Savings.GOOD;
                    case "A64" -> Savings.HIGH;
                    default -> Savings.NONE;
                },
                status,
                switch (a[6]) {
                    case "A72" -> 0;
                    case "A73" -> 2;
                    case "A74" -> 5;
                    case "A75" -> 10;
                    default -> 0;
                },
                switch (a[11]) {
                    case "A121" -> Property.HOME;
                    case "A122" -> Property.LIFE_INSURANCE_OR_SAVINGS_PLAN;
                    case "A123" -> Property.CAR_OR_OTHER;
                    default -> Property.NONE;
                },
                Integer.parseInt(a[12]),
                switch (a[13]) {
                    case "A141" -> OtherInstalmentPlans.BANK;
                    case "A142" -> OtherInstalmentPlans.STORES;
                    default -> OtherInstalmentPlans.NONE;
                },
                switch (a[14]) {
                    case "A151" -> Housing.RENT;
                    case "A152" -> Housing.OWN;
                    default -> Housing.LIVING_RENT_FREE;
                },
                Integer.parseInt(a[15]));
        return new Labelled(applicant, a[20].equals("2"));
    }
}
