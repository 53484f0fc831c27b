package io.peerlend.kyc.privacy;

import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Keycloak's admin REST API with the KYC service's own client-credentials token (client {@code peerlend-kyc}, whose
 * service account holds only realm-management's {@code manage-users} and {@code view-users}): first every session of
 * the user is logged out (Keycloak then tells the web client through its back-channel logout), then the user is
 * deleted. The customer id is the user's Keycloak id.
 */
class KeycloakAccounts implements IdentityProviderAccounts {

    private final RestClient admin;

    /** @param admin a client on {@code <keycloak>/admin/realms/<realm>} that adds the service's bearer token */
    KeycloakAccounts(RestClient admin) {
        this.admin = admin;
    }

    @Override
    public void remove(String customerId) {
        try {
            admin.post().uri("/users/{id}/logout", customerId).retrieve().toBodilessEntity();
            admin.delete().uri("/users/{id}", customerId).retrieve().toBodilessEntity();
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode() != HttpStatus.NOT_FOUND) {
                throw e;
            }
            // no such account (removed already, or never a Keycloak user): nothing left to remove
        }
    }
}
