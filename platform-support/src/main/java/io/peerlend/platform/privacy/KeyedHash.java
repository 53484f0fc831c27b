package io.peerlend.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed hash (HMAC-SHA-256) for looking personal data up or telling equal inputs apart without keeping them. A plain
 * hash of a name, a date of birth and a postcode is matched by anyone who guesses them; with a secret key only the
 * holder of the key can. The key is a managed secret (at least 32 bytes, from the service's secrets; docs/security.md).
 */
public final class KeyedHash {

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    public KeyedHash(String key) {
        byte[] bytes = key == null ? new byte[0] : key.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 32) {
            throw new IllegalArgumentException("a keyed hash needs a key of at least 32 bytes");
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** Hex of HMAC-SHA-256 over the UTF-8 of the input. */
    public String of(String input) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
