package io.peerlend.lending.accounts;

import static io.peerlend.lending.Snapshots.SNAPSHOT_EVERY;

import io.peerlend.lending.CachedAggregate;
import io.peerlend.lending.Snapshots;
import io.peerlend.lending.accounts.domain.LenderAccount;
import io.peerlend.lending.accounts.payments.PaymentProvider;
import io.peerlend.lending.accounts.payments.SandboxPaymentProvider;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.client.RestClient;

/** Lender accounts: the aggregate, the payment provider (the sandbox unless a real adapter is configured). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AccountsConfiguration {

    @Bean
    ConfigurerModule lenderAccounts() {
        return configurer -> configurer.configureAggregate(
                Snapshots.every(SNAPSHOT_EVERY, LenderAccount.class, CachedAggregate.of(LenderAccount.class, 5_000)));
    }

    @Bean
    @ConditionalOnProperty(name = "peerlend.lending.payments.provider", havingValue = "sandbox", matchIfMissing = true)
    PaymentProvider sandboxPaymentProvider(
            MongoTemplate mongo,
            RestClient.Builder http,
            @Value("${peerlend.lending.payments.sandbox.webhook-url:}") String webhookUrl,
            @Value("${peerlend.lending.payments.webhook-secret}") String secret,
            @Value("${peerlend.lending.payments.sandbox.settle-after:PT2S}") Duration settleAfter,
            Clock clock,
            Environment environment) {
        return new SandboxPaymentProvider(mongo, http, webhookUrl, secret, settleAfter, clock, environment);
    }
}
