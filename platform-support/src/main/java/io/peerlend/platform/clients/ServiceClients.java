package io.peerlend.platform.clients;

import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * HTTP clients a service uses outside any user's request, with its own identity: a client-credentials token of one of
 * its client registrations on every call, and time limits on connecting and reading.
 */
public final class ServiceClients {

    private ServiceClients() {}

    /** Client-credentials tokens for the service itself (kept until they expire). */
    public static OAuth2AuthorizedClientManager serviceTokens(ClientRegistrationRepository registrations) {
        AuthorizedClientServiceOAuth2AuthorizedClientManager manager =
                new AuthorizedClientServiceOAuth2AuthorizedClientManager(
                        registrations, new InMemoryOAuth2AuthorizedClientService(registrations));
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials()
                .build());
        return manager;
    }

    /** A client on {@code baseUrl} that sends the registration's token and gives up after {@code timeout}. */
    public static RestClient client(
            RestClient.Builder builder,
            OAuth2AuthorizedClientManager tokens,
            String registrationId,
            String baseUrl,
            Duration timeout) {
        OAuth2ClientHttpRequestInterceptor bearer = new OAuth2ClientHttpRequestInterceptor(tokens);
        bearer.setClientRegistrationIdResolver(request -> registrationId);
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        return builder.baseUrl(baseUrl)
                .requestFactory(requests)
                .requestInterceptor(bearer)
                .build();
    }
}
