package io.peerlend.infra;

/**
 * Where each part listens. The defaults avoid the ports of services that run on these machines; tests add an offset
 * so they can run beside a started platform.
 */
public record Ports(
        int gateway,
        int lending,
        int scoring,
        int kyc,
        int disclosure,
        int web,
        int keycloak,
        int keycloakManagement,
        int postgres,
        int mongo,
        int traces,
        int smtp,
        int imap) {

    public static Ports defaults() {
        return new Ports(8080, 8081, 8082, 8083, 8084, 8085, 8180, 8190, 15432, 27027, 9411, 3025, 3143);
    }

    public Ports offsetBy(int offset) {
        return new Ports(
                gateway + offset,
                lending + offset,
                scoring + offset,
                kyc + offset,
                disclosure + offset,
                web + offset,
                keycloak + offset,
                keycloakManagement + offset,
                postgres + offset,
                mongo + offset,
                traces + offset,
                smtp + offset,
                imap + offset);
    }
}
