package io.peerlend.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerlend.infra.EmbeddedPostgresServer;
import io.peerlend.infra.testing.TestStores;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Envelope encryption on the real PostgreSQL key table. */
class PersonalDataVaultIT {

    private static final String KEY_1 = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KEY_2 =
            Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    private static DataKeyStore keys;

    /** A database of its own: rotation touches every key in the table, and other tests' keys use other masters. */
    @BeforeAll
    static void store() {
        var server = TestStores.postgres();
        var jdbc = new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl(), server.username(), ""));
        if (jdbc.queryForList("SELECT 1 FROM pg_database WHERE datname = 'vault_it'")
                .isEmpty()) {
            jdbc.execute("CREATE DATABASE vault_it");
        }
        keys = DataKeyStore.migrated(
                new DriverManagerDataSource(
                        server.jdbcUrl().replace("/" + EmbeddedPostgresServer.DATABASE, "/vault_it"),
                        server.username(),
                        ""),
                "vault_it");
    }

    private static PersonalDataVault vault(String active) {
        return new PersonalDataVault(
                keys, new MasterKeys(Map.of("v1", KEY_1, "v2", KEY_2), active, "vault_it"), Clock.systemUTC());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void givenSealedData_whenOpened_thenTheSameBytesAndTheCiphertextHidesThem() {
        String customer = "vault-" + UUID.randomUUID();
        String sealed = vault("v1").seal(customer, bytes("Ada Lovelace, 1815-12-10"));

        assertThat(vault("v1").open(customer, sealed))
                .hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("Ada Lovelace, 1815-12-10")));
        assertThat(new String(Base64.getDecoder().decode(sealed), StandardCharsets.ISO_8859_1))
                .doesNotContain("Ada");
        assertThat(vault("v1").seal(customer, bytes("x")))
                .as("a fresh nonce each time")
                .isNotEqualTo(vault("v1").seal(customer, bytes("x")));
    }

    @Test
    void givenOneCustomersCiphertext_whenPresentedAsAnothers_thenItDoesNotOpen() {
        String a = "vault-" + UUID.randomUUID();
        String b = "vault-" + UUID.randomUUID();
        String sealed = vault("v1").seal(a, bytes("secret"));
        vault("v1").seal(b, bytes("anything"));

        assertThat(vault("v1").open(b, sealed)).isEmpty();
    }

    @Test
    void givenAnErasedCustomer_whenOpeningOrSealing_thenNothingReadsAndNoNewKeyIsMade() {
        String customer = "vault-" + UUID.randomUUID();
        String sealed = vault("v1").seal(customer, bytes("secret"));
        vault("v1").erase(customer);
        vault("v1").erase(customer);

        assertThat(vault("v1").open(customer, sealed)).isEmpty();
        assertThat(vault("v1").isErased(customer)).isTrue();
        assertThatThrownBy(() -> vault("v1").seal(customer, bytes("again"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void givenKeysWrappedByTheOldMasterKey_whenRotated_thenAllAreRewrappedAndOldDataStillOpens() {
        String customer = "vault-" + UUID.randomUUID();
        String sealed = vault("v1").seal(customer, bytes("kept across rotation"));

        int rewrapped = vault("v2").rotateMasterKey();

        assertThat(rewrapped).isPositive();
        assertThat(keys.find(customer))
                .hasValueSatisfying(r -> assertThat(r.masterKeyVersion()).isEqualTo("v2"));
        assertThat(vault("v2").open(customer, sealed))
                .hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("kept across rotation")));
        assertThat(vault("v2").rotateMasterKey()).isZero();
    }
}
