package io.peerlend.kyc.customers.domain;

/**
 * Destroys a customer's data key, so that every sealed copy of their personal data (events, read models, backups)
 * becomes unreadable. Throws when the key could not be destroyed: an erasure is never claimed before it has happened.
 */
@FunctionalInterface
public interface PersonalDataShredder {

    void shred(String customerId);
}
