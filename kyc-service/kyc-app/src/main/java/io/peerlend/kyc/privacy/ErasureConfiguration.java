package io.peerlend.kyc.privacy;

import io.peerlend.platform.clients.ServiceClients;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class ErasureConfiguration {

    /**
     * Keycloak's admin API for the peerlend realm, with the KYC service's own token (registration "keycloak-admin").
     * Built from Boot's builder, so the calls are timed and carry the trace like every other outgoing call.
     */
    @Bean
    IdentityProviderAccounts identityProviderAccounts(
            RestClient.Builder http,
            ClientRegistrationRepository registrations,
            @Value("${peerlend.kyc.identity-provider.admin-url}") String url) {
        return new KeycloakAccounts(ServiceClients.client(
                http, ServiceClients.serviceTokens(registrations), "keycloak-admin", url, Duration.ofSeconds(10)));
    }
}
