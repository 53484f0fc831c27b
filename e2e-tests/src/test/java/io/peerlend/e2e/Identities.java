package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.peerlend.kyc.checks.documents.MrzSpecimens;
import java.time.Duration;

/** Customers giving their identity to the KYC service through the gateway, with passports whose MRZ is well formed. */
final class Identities {

    private Identities() {}

    static String onboarding(
            String roles, String given, String surname, String born, String nationality, String passportNumber) {
        String yymmdd = born.substring(2, 4) + born.substring(5, 7) + born.substring(8, 10);
        return """
                {"roles": [%s], "fullName": "%s %s", "dateOfBirth": "%s", "nationality": "%s",
                 "address": {"line1": "1 Test Street", "city": "Leeds", "postcode": "LS1 1AA", "country": "GB"},
                 "contact": {"email": "%s@example.org"},
                 "document": {"type": "MRZ", "lines": ["%s", "%s"]}, "politicallyExposed": false}
                """.formatted(
                        roles,
                        given,
                        surname,
                        born,
                        nationality,
                        passportNumber.toLowerCase(),
                        MrzSpecimens.td3Line1("GBR", surname, given),
                        MrzSpecimens.td3Line2(passportNumber, "GBR", yymmdd, "M", "310101", ""));
    }

    /**
     * Makes sure the user is a verified borrower: onboards them (an earlier run on the same data may already have)
     * and waits until the KYC record says VERIFIED.
     */
    static void verifiedBorrower(Api api, String token, String given, String surname, String passportNumber) {
        Api.Response onboarded = api.post(
                "/api/kyc/onboarding",
                token,
                onboarding("\"BORROWER\"", given, surname, "1984-04-04", "GB", passportNumber));
        assertThat(onboarded.status()).as(onboarded.body()).isIn(201, 409);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/api/kyc/customers/me", token)
                                .json()
                                .path("status")
                                .asText())
                        .isEqualTo("VERIFIED"));
    }
}
