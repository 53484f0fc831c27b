package io.peerlend.kyc.api;

import java.time.Instant;
import java.util.List;

/**
 * One service's part of an erasure is done: it destroyed or unlinked what it held of the customer after their
 * {@link PersonalDataErased}. {@code what} says what was done, {@code references} the ids of the service's own
 * records it unlinked that other services key on (a lending application's id for the score log); neither holds
 * personal data.
 */
public record CustomerDataErased(
        String customerId, String service, String what, List<String> references, Instant erasedAt) {

    public CustomerDataErased {
        references = references == null ? List.of() : List.copyOf(references);
    }
}
