package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scanner finds a piece of personal data however a store happens to encode it, and not inside ciphertext. */
class PersonalDataScanTest {

    private static List<String> scan(String text) {
        List<String> found = new ArrayList<>();
        PersonalDataScan.scan("store", text, List.of("Quillon Maravetz"), found);
        return found;
    }

    @Test
    void found_in_plain_text_in_any_case_url_encoded_base64_and_bytea_hex() {
        String name = "Quillon Maravetz";
        assertThat(scan("{\"fullName\":\"quillon maravetz\"}")).contains("store: Quillon Maravetz");
        assertThat(scan("GET /x?name=Quillon%20Maravetz")).isNotEmpty();
        assertThat(scan("{\"p\":\""
                        + Base64.getEncoder()
                                .encodeToString(("{\"n\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8))
                        + "\"}"))
                .isNotEmpty();
        assertThat(scan("(1,\\x"
                        + HexFormat.of().formatHex(("{\"n\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8))
                        + ")"))
                .isNotEmpty();
    }

    @Test
    void not_found_in_random_bytes_as_sealed_values_are() {
        byte[] noise = new byte[64];
        new SecureRandom().nextBytes(noise);
        assertThat(scan("{\"ciphertext\":\"" + Base64.getEncoder().encodeToString(noise) + "\"}"))
                .isEmpty();
    }
}
