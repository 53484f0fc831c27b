package io.peerlend.kyc.customers;

import io.peerlend.kyc.api.OnboardingRequest;
import io.peerlend.kyc.api.PersonalDetails;
import io.peerlend.kyc.api.PushSubscriptionRequest;
import io.peerlend.kyc.api.ScreeningFindings;
import io.peerlend.kyc.api.Sealed;
import io.peerlend.kyc.api.SourceOfFundsRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Personal details to and from their sealed form, and the masked form staff see. */
@Component
public class PersonalData {

    private final CustomerVault vault;
    private final JsonMapper json;

    PersonalData(CustomerVault vault, JsonMapper json) {
        this.vault = vault;
        this.json = json;
    }

    public Sealed seal(String customerId, Object value) {
        return vault.seal(customerId, json.writeValueAsBytes(value));
    }

    /** Free text (an officer's note about the customer) sealed as it is. */
    public Sealed seal(String customerId, byte[] text) {
        return vault.seal(customerId, text);
    }

    public Optional<String> openText(Sealed sealed) {
        return vault.open(sealed).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    public Optional<PersonalDetails> open(Sealed sealed) {
        return vault.open(sealed).map(bytes -> json.readValue(bytes, PersonalDetails.class));
    }

    public Optional<ScreeningFindings> openFindings(Sealed sealed) {
        return vault.open(sealed).map(bytes -> json.readValue(bytes, ScreeningFindings.class));
    }

    public Optional<PushSubscriptionRequest> openPushSubscription(Sealed sealed) {
        return vault.open(sealed).map(bytes -> json.readValue(bytes, PushSubscriptionRequest.class));
    }

    public Optional<SourceOfFundsRequest> openSourceOfFunds(Sealed sealed) {
        return vault.open(sealed).map(bytes -> json.readValue(bytes, SourceOfFundsRequest.class));
    }

    public List<String> openList(Sealed sealed) {
        return vault.open(sealed)
                .map(bytes -> json.readValue(bytes, new TypeReference<List<String>>() {}))
                .orElse(List.of());
    }

    /**
     * What an officer needs to judge a case: the name, date of birth and nationality (to compare with a listed
     * entry) and where the customer lives; contact details and identifiers only in part.
     */
    public static PersonalDetails masked(PersonalDetails p) {
        OnboardingRequest.Address a = p.address();
        OnboardingRequest.Address address = a == null
                ? null
                : new OnboardingRequest.Address(
                        "•••",
                        null,
                        a.city(),
                        a.postcode() == null ? null : a.postcode().split(" ")[0] + " •••",
                        a.country());
        OnboardingRequest.Contact c = p.contact();
        OnboardingRequest.Contact contact = c == null
                ? null
                : new OnboardingRequest.Contact(
                        maskEmail(c.email()), c.phone() == null ? null : "•••" + tail(c.phone(), 3));
        Map<String, String> fields = new LinkedHashMap<>(p.documentFields() == null ? Map.of() : p.documentFields());
        for (String identifier :
                List.of("documentNumber", "personalNumber", "optionalData", "optionalData2", "number", "regionCode")) {
            fields.computeIfPresent(identifier, (k, v) -> v.isBlank() ? v : "•••" + tail(v, 3));
        }
        return new PersonalDetails(
                p.fullName(),
                p.dateOfBirth(),
                p.nationality(),
                address,
                contact,
                p.documentType(),
                fields,
                p.politicallyExposed());
    }

    private static String maskEmail(String email) {
        if (email == null || !email.contains("@")) {
            return null;
        }
        return email.charAt(0) + "•••" + email.substring(email.indexOf('@'));
    }

    private static String tail(String s, int n) {
        String compact = s.replace(" ", "");
        return compact.length() <= n ? "" : compact.substring(compact.length() - n);
    }
}
