package io.peerlend.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * Envelope encryption of personal data: each customer has a random AES-256 data key, stored only wrapped by a master
 * key. Sealed values are bound to their customer (associated data), so one customer's ciphertext cannot be passed off
 * as another's. Erasing the data key makes every sealed value of that customer unreadable wherever copies live
 * (events, read models, backups): crypto-shredding.
 */
public class PersonalDataVault {

    /** The active master key version (for the rotation endpoint's answer). */
    public String activeMasterKey() {
        return masterKeys.activeMasterKey();
    }

    private static final String DATA_KEY_CONTEXT = "peerlend-data-key:";
    private static final String VALUE_CONTEXT = "peerlend-personal-data:";

    private final DataKeyStore keys;
    private final MasterKeys masterKeys;
    private final Clock clock;

    /** The vault of one service, its key table in {@code schema} (created or migrated now). */
    public static PersonalDataVault migrated(DataSource dataSource, String schema, MasterKeys masterKeys, Clock clock) {
        return new PersonalDataVault(DataKeyStore.migrated(dataSource, schema), masterKeys, clock);
    }

    PersonalDataVault(DataKeyStore keys, MasterKeys masterKeys, Clock clock) {
        this.keys = keys;
        this.masterKeys = masterKeys;
        this.clock = clock;
    }

    /** The plaintext sealed with the customer's data key: base64 of nonce, ciphertext and tag. */
    public String seal(String customerId, byte[] plaintext) {
        SecretKey dataKey = dataKey(customerId, true)
                .orElseThrow(() -> new IllegalStateException("personal data of an erased customer cannot be stored"));
        byte[] ciphertext = AesGcm.encrypt(dataKey, plaintext, context(VALUE_CONTEXT, customerId));
        return Base64.getEncoder().encodeToString(ciphertext);
    }

    /** Empty when the customer's key has been erased (or the value was never theirs). */
    public Optional<byte[]> open(String customerId, String ciphertext) {
        if (customerId == null || ciphertext == null) {
            return Optional.empty();
        }
        return dataKey(customerId, false).flatMap(key -> {
            try {
                return Optional.of(AesGcm.decrypt(
                        key, Base64.getDecoder().decode(ciphertext), context(VALUE_CONTEXT, customerId)));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    public boolean isErased(String customerId) {
        return keys.find(customerId).map(DataKeyStore.Row::erased).orElse(false);
    }

    /** Crypto-shredding; idempotent. Throws when the key could not be destroyed: nobody may be told it was. */
    public void erase(String customerId) {
        keys.erase(customerId, clock.instant());
    }

    /** Re-wraps every data key with the active master key; data keys (and so all sealed values) stay the same. */
    public int rotateMasterKey() {
        String active = masterKeys.activeMasterKey();
        int rewrapped = 0;
        for (var batch = keys.wrappedWithOtherThan(active, 500);
                !batch.isEmpty();
                batch = keys.wrappedWithOtherThan(active, 500)) {
            for (DataKeyStore.Row row : batch) {
                SecretKey dataKey = unwrap(row);
                if (keys.rewrap(
                        row.customerId(),
                        row.masterKeyVersion(),
                        wrap(row.customerId(), dataKey),
                        active,
                        clock.instant())) {
                    rewrapped++;
                }
            }
        }
        return rewrapped;
    }

    private Optional<SecretKey> dataKey(String customerId, boolean create) {
        Optional<DataKeyStore.Row> row = keys.find(customerId);
        if (row.isEmpty() && create) {
            keys.insertIfAbsent(customerId, wrap(customerId, newKey()), masterKeys.activeMasterKey(), clock.instant());
            row = keys.find(customerId);
        }
        return row.filter(r -> !r.erased() && r.wrappedKey() != null).map(this::unwrap);
    }

    private SecretKey unwrap(DataKeyStore.Row row) {
        try {
            return new SecretKeySpec(
                    AesGcm.decrypt(
                            masterKeys.key(row.masterKeyVersion()),
                            row.wrappedKey(),
                            context(DATA_KEY_CONTEXT, row.customerId())),
                    "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a data key does not open with master key " + row.masterKeyVersion(), e);
        }
    }

    private byte[] wrap(String customerId, SecretKey dataKey) {
        return AesGcm.encrypt(masterKeys.active(), dataKey.getEncoded(), context(DATA_KEY_CONTEXT, customerId));
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] context(String prefix, String customerId) {
        return (prefix + customerId).getBytes(StandardCharsets.UTF_8);
    }
}
