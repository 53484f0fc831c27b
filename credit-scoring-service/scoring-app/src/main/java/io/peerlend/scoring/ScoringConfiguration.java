package io.peerlend.scoring;

import io.micrometer.core.instrument.MeterRegistry;
import io.peerlend.scoring.bureau.ResilientCreditBureau;
import io.peerlend.scoring.bureau.domain.CreditBureau;
import io.peerlend.scoring.bureau.sandbox.SandboxCreditBureau;
import io.peerlend.scoring.decisions.domain.AffordabilityPolicy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class ScoringConfiguration {

    /** The affordability thresholds of the active jurisdiction profile ({@code peerlend.profile}). */
    @Bean
    AffordabilityPolicy affordabilityPolicy(Environment env) {
        String profile = env.getRequiredProperty("peerlend.profile");
        String prefix = "peerlend.profiles." + profile + ".";
        return new AffordabilityPolicy(
                env.getRequiredProperty(prefix + "currency"),
                new BigDecimal(env.getRequiredProperty(prefix + "affordability.max-debt-to-income")),
                new BigDecimal(env.getRequiredProperty(prefix + "affordability.min-disposable-income")),
                new BigDecimal(env.getRequiredProperty(prefix + "affordability.stress-annual-rate")));
    }

    /** Only the sandbox adapter exists so far; a production adapter follows docs/credit-bureau.md. */
    @Bean
    CreditBureau creditBureau(
            @Value("${peerlend.scoring.bureau.adapter}") String adapter,
            @Value("${peerlend.scoring.bureau.timeout}") Duration timeout,
            ObjectProvider<MeterRegistry> meters) {
        if (!adapter.equals("sandbox")) {
            throw new IllegalStateException("unknown credit bureau adapter '" + adapter + "'; available: sandbox");
        }
        ResilientCreditBureau bureau = new ResilientCreditBureau(new SandboxCreditBureau(), timeout);
        meters.ifAvailable(bureau::bindTo);
        return bureau;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
