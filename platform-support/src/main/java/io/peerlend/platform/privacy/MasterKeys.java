package io.peerlend.platform.privacy;

import java.util.Base64;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The master keys that wrap a service's customer data keys, by version ({@code peerlend.privacy.master-keys.<version>}:
 * base64 of 32 random bytes), which one wraps new keys, and the service's schema for its key table
 * ({@code peerlend.privacy.schema}). Rotation: add a version, make it active, call the
 * rotation endpoint (every data key is re-wrapped), then retire the old version. In production the keys come from
 * the environment or a KMS, never from the repository.
 */
@ConfigurationProperties("peerlend.privacy")
public record MasterKeys(Map<String, String> masterKeys, String activeMasterKey, String schema) {

    public MasterKeys {
        masterKeys = masterKeys == null ? Map.of() : Map.copyOf(masterKeys);
        if (activeMasterKey == null || !masterKeys.containsKey(activeMasterKey)) {
            throw new IllegalStateException("peerlend.privacy.active-master-key must name one of master-keys");
        }
        masterKeys.forEach((version, key) -> {
            if (Base64.getDecoder().decode(key).length != 32) {
                throw new IllegalStateException("master key " + version + " must be 32 bytes (base64)");
            }
        });
    }

    SecretKey key(String version) {
        String encoded = masterKeys.get(version);
        if (encoded == null) {
            throw new IllegalStateException("master key version " + version + " is not configured");
        }
        return new SecretKeySpec(Base64.getDecoder().decode(encoded), "AES");
    }

    SecretKey active() {
        return key(activeMasterKey);
    }
}
