package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.peerlend.kyc.checks.documents.ChipCheck;
import io.peerlend.kyc.checks.documents.MrzSpecimens;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/** Customers giving their identity to the KYC service through the gateway, with passports whose MRZ is well formed. */
final class Identities {

    private Identities() {}

    /** The two lines of the passport {@link #onboarding} sends. */
    static List<String> passportLines(String given, String surname, String born, String passportNumber) {
        String yymmdd = born.substring(2, 4) + born.substring(5, 7) + born.substring(8, 10);
        return List.of(
                MrzSpecimens.td3Line1("GBR", surname, given),
                MrzSpecimens.td3Line2(passportNumber, "GBR", yymmdd, "M", "310101", ""));
    }

    /** An onboarding request with what a phone read from the passport's chip beside its lines. */
    static String withChip(String onboarding, ChipCheck.ChipRead chip) {
        Base64.Encoder base64 = Base64.getEncoder();
        String groups = chip.dataGroups().entrySet().stream()
                .map(g -> "\"%d\": \"%s\"".formatted(g.getKey(), base64.encodeToString(g.getValue())))
                .collect(Collectors.joining(", "));
        return onboarding.replace(
                "\"type\": \"MRZ\",",
                "\"type\": \"MRZ\", \"chip\": {\"dataGroups\": {%s}, \"securityObject\": \"%s\"},"
                        .formatted(groups, base64.encodeToString(chip.securityObject())));
    }

    static String onboarding(
            String roles, String given, String surname, String born, String nationality, String passportNumber) {
        List<String> lines = passportLines(given, surname, born, passportNumber);
        return """
                {"roles": [%s], "fullName": "%s %s", "dateOfBirth": "%s", "nationality": "%s",
                 "address": {"line1": "1 Test Street", "city": "Leeds", "postcode": "LS1 1AA", "country": "GB"},
                 "contact": {"email": "%s@example.org"},
                 "document": {"type": "MRZ", "lines": ["%s", "%s"]}, "politicallyExposed": false}
                """.formatted(
                roles, given, surname, born, nationality, passportNumber.toLowerCase(), lines.get(0), lines.get(1));
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
