package io.peerlend.lending.scoring;

import io.peerlend.lending.kyc.CreditSearchSubjects;
import io.peerlend.lending.kyc.KycServiceClient;
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
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class ScoringConfiguration {

    /** Client-credentials tokens for the lending service itself, outside any user request. */
    @Bean
    OAuth2AuthorizedClientManager serviceTokens(ClientRegistrationRepository registrations) {
        AuthorizedClientServiceOAuth2AuthorizedClientManager manager =
                new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations,
                        new InMemoryOAuth2AuthorizedClientService(registrations));
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
        return manager;
    }

    @Bean
    CreditScoring creditScoring(RestClient.Builder restClients, OAuth2AuthorizedClientManager serviceTokens,
                                @Value("${peerlend.lending.scoring.url}") String url,
                                @Value("${peerlend.lending.scoring.timeout}") Duration timeout) {
        return new ScoringServiceClient(serviceClient(restClients, serviceTokens, url, timeout),
                Duration.ofMillis(500), 3, Duration.ofSeconds(10));
    }

    /** The verified identity for the bureau search, from the KYC service (with the same service token). */
    @Bean
    CreditSearchSubjects creditSearchSubjects(RestClient.Builder restClients,
                                              OAuth2AuthorizedClientManager serviceTokens,
                                              @Value("${peerlend.lending.kyc.url}") String url,
                                              @Value("${peerlend.lending.kyc.timeout}") Duration timeout) {
        return new KycServiceClient(serviceClient(restClients, serviceTokens, url, timeout),
                Duration.ofMillis(500), 3, Duration.ofSeconds(10));
    }

    /** An HTTP client for another Peerlend service: the lending service's own token, and a time limit. */
    private static RestClient serviceClient(RestClient.Builder restClients, OAuth2AuthorizedClientManager tokens,
                                            String url, Duration timeout) {
        OAuth2ClientHttpRequestInterceptor bearer = new OAuth2ClientHttpRequestInterceptor(tokens);
        // the registration is named for its first use; it is the lending service's one client identity
        bearer.setClientRegistrationIdResolver(request -> "scoring");
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        return restClients.clone().baseUrl(url).requestFactory(requests).requestInterceptor(bearer).build();
    }

    /** Failures in the scoring process go back to the processor, which retries the event rather than skipping it. */
    @Bean
    ConfigurerModule scoringProcessRetries() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(ScoringProcess.GROUP, c -> PropagatingErrorHandler.instance());
    }
}
