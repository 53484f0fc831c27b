package io.peerlend.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class KeyedHashTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef";

    @Test
    void equal_inputs_hash_equally_under_one_key_and_differently_under_another() {
        assertThat(new KeyedHash(KEY).of("Sam Sandbox|1990-05-17|SW1A 1AA"))
                .isEqualTo(new KeyedHash(KEY).of("Sam Sandbox|1990-05-17|SW1A 1AA"))
                .isNotEqualTo(new KeyedHash(KEY.replace('0', 'x')).of("Sam Sandbox|1990-05-17|SW1A 1AA"));
    }

    @Test
    void someone_who_guesses_the_input_cannot_match_it_without_the_key() throws Exception {
        String guess = "Sam Sandbox|1990-05-17|SW1A 1AA";
        String plain = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(guess.getBytes(StandardCharsets.UTF_8)));
        assertThat(new KeyedHash(KEY).of(guess)).hasSize(64).isNotEqualTo(plain);
    }

    @Test
    void a_short_or_missing_key_is_refused() {
        assertThatThrownBy(() -> new KeyedHash("short")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyedHash(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
