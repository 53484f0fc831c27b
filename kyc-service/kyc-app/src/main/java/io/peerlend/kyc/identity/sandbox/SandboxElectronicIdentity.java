package io.peerlend.kyc.identity.sandbox;

import io.peerlend.kyc.identity.domain.ElectronicIdentityVerification;
import io.peerlend.kyc.identity.domain.IdentityServiceUnavailableException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A SANDBOX identity verification service for development and tests: no register is asked. Answers are fixed by the
 * subject's postcode (a UK address) or by their document number (the `cn` documents), see docs/kyc.md; everything
 * else is not found.
 */
public final class SandboxElectronicIdentity implements ElectronicIdentityVerification {

    /** UK postcodes whose residents the sandbox agency finds as declared. */
    public static final Set<String> KNOWN_POSTCODES = Set.of("EV1 1AA", "EV2 2BB");
    /** Document numbers the sandbox citizen identity service knows, with the name it holds for each. */
    public static final Map<String, String> KNOWN_DOCUMENTS =
            Map.of("H12345678", "CHAN TAI MAN", "M87654321", "WONG KA YAN", "01234567", "LIN MEI LING");
    /** A postcode and a document number whose checks fail as if the service were down. */
    public static final String UNAVAILABLE_POSTCODE = "EV9 9ZZ";

    public static final String UNAVAILABLE_DOCUMENT = "H99999999";

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public Outcome verify(Subject subject) {
        String postcode = normal(subject.postcode());
        String number = normal(subject.documentNumber()).replace(" ", "");
        if (postcode.equals(UNAVAILABLE_POSTCODE) || number.equals(UNAVAILABLE_DOCUMENT)) {
            throw new IdentityServiceUnavailableException("sandbox identity service: simulated outage", null);
        }
        boolean found =
                KNOWN_POSTCODES.contains(postcode) || normal(subject.fullName()).equals(KNOWN_DOCUMENTS.get(number));
        return new Outcome(found ? Result.MATCH : Result.NO_MATCH, "sandbox-" + UUID.randomUUID());
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
