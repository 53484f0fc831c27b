package io.peerlend.kyc.customers;

import io.peerlend.kyc.api.Sealed;
import io.peerlend.kyc.customers.domain.PersonalDataShredder;
import io.peerlend.platform.privacy.PersonalDataVault;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * KYC's side of the platform's envelope scheme ({@link PersonalDataVault}, keys in schema {@code kyc}): values sealed
 * as the {@link Sealed} of KYC's events, which name their customer.
 */
@Component
public class CustomerVault implements PersonalDataShredder {

    private final PersonalDataVault vault;
    private final ApplicationEventPublisher events;

    CustomerVault(PersonalDataVault vault, ApplicationEventPublisher events) {
        this.vault = vault;
        this.events = events;
    }

    public Sealed seal(String customerId, byte[] plaintext) {
        return new Sealed(customerId, vault.seal(customerId, plaintext));
    }

    /** Empty when the customer's key has been erased (or the value was never theirs). */
    public Optional<byte[]> open(Sealed sealed) {
        return sealed == null ? Optional.empty() : vault.open(sealed.customerId(), sealed.ciphertext());
    }

    public boolean isErased(String customerId) {
        return vault.isErased(customerId);
    }

    /** Crypto-shredding; idempotent. */
    public void erase(String customerId) {
        vault.erase(customerId);
    }

    /**
     * Crypto-shredding for an erasure: whoever must still read the customer's data (the mail that tells them of the
     * erasure) is told first, synchronously, while the key still opens it.
     */
    @Override
    public void shred(String customerId) {
        if (!vault.isErased(customerId)) {
            events.publishEvent(new ErasureStarting(customerId));
        }
        vault.erase(customerId);
    }

    /** A customer's data key is about to be destroyed: the last moment their personal data can be read. */
    public record ErasureStarting(String customerId) {}
}
