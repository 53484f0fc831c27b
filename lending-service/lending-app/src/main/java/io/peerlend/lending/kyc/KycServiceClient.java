package io.peerlend.lending.kyc;

import io.micrometer.core.instrument.MeterRegistry;
import io.peerlend.kyc.api.CreditSearchSubject;
import io.peerlend.kyc.api.PayerNameCheck;
import io.peerlend.lending.ResilientCall;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Calls {@code GET /api/kyc/customers/{id}/credit-search-subject} and {@code POST .../payer-name-check} with the
 * lending service's client-credentials token, as a {@link ResilientCall}. The credit search's answer is personal data:
 * it is passed on to scoring and never logged or kept; the payer's name is sent, never logged or kept.
 */
public class KycServiceClient implements CreditSearchSubjects, PayerNames {

    private final RestClient http;
    private final ResilientCall resilient;

    public KycServiceClient(RestClient http, Duration firstBackoff, int attempts, Duration openFor) {
        this.http = http;
        this.resilient = new ResilientCall("kyc", firstBackoff, attempts, openFor);
    }

    @Override
    public Optional<CreditSearchSubject> of(String customerId) {
        try {
            return resilient.call(() -> {
                try {
                    return Optional.ofNullable(http.get()
                            .uri("/api/kyc/customers/{id}/credit-search-subject", customerId)
                            .retrieve()
                            .body(CreditSearchSubject.class));
                } catch (HttpClientErrorException e) {
                    if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                        return Optional.empty();
                    }
                    throw e;
                }
            });
        } catch (RuntimeException e) {
            // the message names the failure only: the customer's identity is never in it
            throw new IdentityServiceUnavailableException(
                    "no answer from the KYC service: " + e.getClass().getSimpleName(), e);
        }
    }

    /** {@code POST /api/kyc/customers/{id}/payer-name-check}, through the same breaker. */
    @Override
    public boolean isCustomersOwn(String customerId, String payerName) {
        try {
            return resilient.call(() -> http.post()
                    .uri("/api/kyc/customers/{id}/payer-name-check", customerId)
                    .body(new PayerNameCheck(payerName))
                    .retrieve()
                    .body(PayerNameCheck.Result.class)
                    .customersOwnName());
        } catch (RuntimeException e) {
            throw new IdentityServiceUnavailableException(
                    "no answer from the KYC service: " + e.getClass().getSimpleName(), e);
        }
    }

    /** The call's breaker and retry as metrics ({@link ResilientCall#bindTo}). */
    public void bindTo(MeterRegistry meters) {
        resilient.bindTo(meters);
    }
}
