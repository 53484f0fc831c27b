package io.peerlend.kyc.customers;

import io.peerlend.kyc.checks.documents.MrzSpecimens;

/** Onboarding requests as JSON, with passports whose MRZ agrees with the declaration. */
public final class Applicants {

    private Applicants() {}

    /** Born as YYYY-MM-DD; the passport expires at the end of 2049 (tests move the clock by years). */
    public static String onboarding(
            String roles, String given, String surname, String born, String nationality, String passportNumber) {
        String yymmdd = born.substring(2, 4) + born.substring(5, 7) + born.substring(8, 10);
        String line1 = MrzSpecimens.td3Line1("GBR", surname, given);
        String line2 = MrzSpecimens.td3Line2(passportNumber, "GBR", yymmdd, "F", "491231", "");
        return """
                {"roles": [%s], "fullName": "%s %s", "dateOfBirth": "%s", "nationality": "%s",
                 "address": {"line1": "1 Test Street", "city": "London", "postcode": "SW1A 1AA", "country": "GB"},
                 "contact": {"email": "%s@example.com", "phone": "+44 20 7946 0000"},
                 "document": {"type": "MRZ", "lines": ["%s", "%s"]}, "politicallyExposed": false}
                """.formatted(roles, given, surname, born, nationality, passportNumber.toLowerCase(), line1, line2);
    }
}
