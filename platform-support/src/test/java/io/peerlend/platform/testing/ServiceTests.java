package io.peerlend.platform.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import io.peerlend.infra.testing.TestStores;
import io.peerlend.platform.security.KeycloakRoles;
import java.util.List;
import java.util.Map;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;

/** What the services' integration tests share: real stores on real connections, and callers with Keycloak roles. */
public final class ServiceTests {

    private ServiceTests() {
    }

    /** Points the service at the test JVM's real PostgreSQL event store. */
    public static void useEventStore(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestStores.postgres().jdbcUrl());
        registry.add("spring.datasource.username", () -> TestStores.postgres().username());
    }

    /** Points the service at its own database on the test JVM's MongoDB wire server. */
    public static void useReadSide(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.mongodb.uri", () -> TestStores.mongo().uri(database));
    }

    /** A caller with a token as Keycloak issues them: a subject and realm roles under {@code realm_access}. */
    public static JwtRequestPostProcessor caller(String subject, String... roles) {
        return jwt().jwt(j -> j.subject(subject).claim("realm_access", Map.of("roles", List.of(roles))))
                .authorities(new KeycloakRoles());
    }
}
