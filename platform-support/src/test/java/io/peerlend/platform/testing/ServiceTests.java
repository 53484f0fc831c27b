package io.peerlend.platform.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import io.peerlend.infra.testing.TestIssuer;
import io.peerlend.infra.testing.TestStores;
import io.peerlend.platform.secrets.SecretsEnvironmentPostProcessor;
import io.peerlend.platform.security.KeycloakRoles;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/** What the services' integration tests share: real stores on real connections, and callers with Keycloak roles. */
public final class ServiceTests {

    private ServiceTests() {}

    /** Points the service at the test JVM's real PostgreSQL event store. */
    public static void useEventStore(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestStores.postgres().jdbcUrl());
        registry.add("spring.datasource.username", () -> TestStores.postgres().username());
    }

    /**
     * Points the service at an event store of its own ({@code database} on the test JVM's PostgreSQL, created when
     * missing): for tests that write events no real flow would (loans without their funding), which would otherwise
     * unbalance the books every other test reconciles. Its processors keep their tokens apart too: the tokens
     * otherwise live in the service's token database, shared by every test context of the JVM, and a position in
     * another event store would make these processors skip (or wait for) events that are not there.
     */
    public static void useOwnEventStore(DynamicPropertyRegistry registry, String database) {
        String own = ownEventStore(database);
        registry.add("spring.datasource.url", () -> own);
        registry.add("spring.datasource.username", () -> TestStores.postgres().username());
        registry.add("peerlend.axon.token-database", () -> database + "-tokens");
    }

    /** The JDBC URL of {@code database} on the test JVM's PostgreSQL, created when missing (empty, unmigrated). */
    public static String ownEventStore(String database) {
        String shared = TestStores.postgres().jdbcUrl();
        try (Connection c = DriverManager.getConnection(
                        shared, TestStores.postgres().username(), null);
                Statement s = c.createStatement()) {
            try (ResultSet exists = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (!exists.next()) {
                    s.execute("CREATE DATABASE " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the event store " + database, e);
        }
        return shared.substring(0, shared.lastIndexOf('/') + 1) + database;
    }

    /** Points the service at its own database on the test JVM's MongoDB wire server. */
    public static void useReadSide(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.mongodb.uri", () -> TestStores.mongo().uri(database));
    }

    /** A caller with a token as Keycloak issues them: a subject and realm roles under {@code realm_access}. */
    /**
     * Asserts that the service's application, started in production with no secrets supplied, refuses to start and
     * names each of the given secrets as missing (a leaked development secret opens nothing in production).
     */
    public static void assertProductionRefusesWithout(Class<?> application, String... secrets) {
        var refused = Assertions.assertThatThrownBy(() -> new SpringApplicationBuilder(application)
                        .properties("PEERLEND_ENV=production", "PEERLEND_SECRETS_DIR=target/no-mounted-secrets")
                        .run()
                        .close())
                .isInstanceOf(SecretsEnvironmentPostProcessor.ProductionSecretsRefused.class);
        for (String secret : secrets) {
            refused.hasMessageContaining(secret + " is missing");
        }
    }

    /** Real token checking against a test issuer's keys (instead of Keycloak's), for tests of the checks themselves. */
    public static void useIssuer(DynamicPropertyRegistry registry, TestIssuer issuer) {
        issuer.resourceServerProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    /**
     * Asserts that a service checks tokens itself: a proper token passes authentication on {@code path} (whatever the
     * operation then answers), and an expired one, another issuer's and another audience's are each refused with 401.
     */
    public static void assertTokensChecked(MockMvc mvc, String path, TestIssuer issuer, String role) throws Exception {
        int proper = mvc.perform(MockMvcRequestBuilders.get(path)
                        .header("Authorization", "Bearer " + issuer.token("token-test", role)))
                .andReturn()
                .getResponse()
                .getStatus();
        Assertions.assertThat(proper).as("a proper token").isNotIn(401, 403);
        for (String broken : new String[] {
            issuer.expired("token-test", role),
            issuer.fromAnotherIssuer("token-test", role),
            issuer.forAnotherAudience("token-test", role)
        }) {
            mvc.perform(MockMvcRequestBuilders.get(path).header("Authorization", "Bearer " + broken))
                    .andExpect(MockMvcResultMatchers.status().isUnauthorized());
        }
    }

    public static JwtRequestPostProcessor caller(String subject, String... roles) {
        return jwt().jwt(j -> j.subject(subject).claim("realm_access", Map.of("roles", List.of(roles))))
                .authorities(new KeycloakRoles());
    }
}
