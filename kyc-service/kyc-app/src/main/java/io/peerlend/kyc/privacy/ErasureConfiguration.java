package io.peerlend.kyc.privacy;

import java.net.http.HttpClient;
import java.time.Duration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class ErasureConfiguration {

    /** Keycloak's admin API for the peerlend realm, with the KYC service's own token (registration "keycloak-admin"). */
    @Bean
    IdentityProviderAccounts identityProviderAccounts(ClientRegistrationRepository registrations,
                                                      @Value("${peerlend.kyc.identity-provider.admin-url}") String url) {
        var tokens = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations,
                new InMemoryOAuth2AuthorizedClientService(registrations));
        tokens.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
        OAuth2ClientHttpRequestInterceptor bearer = new OAuth2ClientHttpRequestInterceptor(tokens);
        bearer.setClientRegistrationIdResolver(request -> "keycloak-admin");
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        requests.setReadTimeout(Duration.ofSeconds(10));
        return new KeycloakAccounts(RestClient.builder().baseUrl(url).requestFactory(requests)
                .requestInterceptor(bearer).build());
    }

    /** A failed removal goes back to the processor, which retries the event rather than skipping it. */
    @Bean
    ConfigurerModule identityProviderErasureRetries() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                IdentityProviderErasure.GROUP, c -> PropagatingErrorHandler.instance());
    }
}
