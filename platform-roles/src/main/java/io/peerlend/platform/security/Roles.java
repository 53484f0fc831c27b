package io.peerlend.platform.security;

import org.springframework.security.core.Authentication;

/** The realm roles of Keycloak realm {@code peerlend}. */
public final class Roles {
    public static final String BORROWER = "borrower";
    public static final String LENDER = "lender";
    public static final String REGULATOR = "regulator";
    public static final String OPS = "ops";
    public static final String OPS_SUPERVISOR = "ops-supervisor";
    /** Held by the service accounts of the platform's own services (client credentials). */
    public static final String SERVICE = "peerlend-service";

    /** Whether the caller holds a realm role (see {@link KeycloakRoles} for how roles become authorities). */
    public static boolean has(Authentication authentication, String role) {
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
    }

    private Roles() {}
}
