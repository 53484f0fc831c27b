package io.peerlend.lending.accounts.payments;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The payment provider as a dependency on the health endpoint (component {@code paymentProvider}) and so on the
 * operations portal's system page: DOWN when it cannot be reached or its webhooks keep failing. Not part of readiness:
 * an instance stays in the load balancer while the provider is down (deposits and payouts wait; nothing else does).
 */
@Component("paymentProvider")
class PaymentProviderHealth implements HealthIndicator {

    private final PaymentProvider provider;

    PaymentProviderHealth(PaymentProvider provider) {
        this.provider = provider;
    }

    @Override
    public Health health() {
        PaymentProvider.Status status = provider.status();
        Health.Builder health = status.reachable() && status.webhooksFailing() == 0 ? Health.up() : Health.down();
        return health.withDetail("adapter", status.adapter())
                .withDetail("reachable", status.reachable())
                .withDetail("webhooksFailing", status.webhooksFailing())
                .build();
    }
}
