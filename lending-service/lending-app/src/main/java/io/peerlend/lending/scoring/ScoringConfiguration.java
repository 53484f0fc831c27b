package io.peerlend.lending.scoring;

import io.micrometer.core.instrument.MeterRegistry;
import io.peerlend.lending.kyc.CreditSearchSubjects;
import io.peerlend.lending.kyc.KycServiceClient;
import io.peerlend.platform.clients.ServiceClients;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class ScoringConfiguration {

    /** Client-credentials tokens for the lending service itself, outside any user request. */
    @Bean
    OAuth2AuthorizedClientManager serviceTokens(ClientRegistrationRepository registrations) {
        return ServiceClients.serviceTokens(registrations);
    }

    /** The scoring service: decisions ({@link CreditScoring}) and the model's grades ({@link ScorecardGrades}). */
    @Bean
    ScoringServiceClient creditScoring(
            RestClient.Builder restClients,
            OAuth2AuthorizedClientManager serviceTokens,
            ObjectProvider<MeterRegistry> meters,
            @Value("${peerlend.lending.scoring.url}") String url,
            @Value("${peerlend.lending.scoring.timeout}") Duration timeout) {
        ScoringServiceClient client = new ScoringServiceClient(
                serviceClient(restClients, serviceTokens, url, timeout),
                Duration.ofMillis(500),
                3,
                Duration.ofSeconds(10));
        meters.ifAvailable(client::bindTo);
        return client;
    }

    /**
     * The KYC service (with the same service token): the verified identity for the bureau search
     * ({@link CreditSearchSubjects}) and whether a payer is the customer (PayerNames): one client serves both.
     */
    @Bean
    KycServiceClient creditSearchSubjects(
            RestClient.Builder restClients,
            OAuth2AuthorizedClientManager serviceTokens,
            ObjectProvider<MeterRegistry> meters,
            @Value("${peerlend.lending.kyc.url}") String url,
            @Value("${peerlend.lending.kyc.timeout}") Duration timeout) {
        KycServiceClient client = new KycServiceClient(
                serviceClient(restClients, serviceTokens, url, timeout),
                Duration.ofMillis(500),
                3,
                Duration.ofSeconds(10));
        meters.ifAvailable(client::bindTo);
        return client;
    }

    /** An HTTP client for another Peerlend service: the lending service's own token, and a time limit. */
    private static RestClient serviceClient(
            RestClient.Builder restClients, OAuth2AuthorizedClientManager tokens, String url, Duration timeout) {
        // the registration is named for its first use; it is the lending service's one client identity
        return ServiceClients.client(restClients.clone(), tokens, "scoring", url, timeout);
    }
}
