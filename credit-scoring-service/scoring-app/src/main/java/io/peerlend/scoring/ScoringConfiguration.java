package io.peerlend.scoring;

import io.peerlend.scoring.decisions.domain.AffordabilityPolicy;
import java.math.BigDecimal;
import java.time.Clock;
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
        return new AffordabilityPolicy(env.getRequiredProperty(prefix + "currency"),
                new BigDecimal(env.getRequiredProperty(prefix + "affordability.max-debt-to-income")),
                new BigDecimal(env.getRequiredProperty(prefix + "affordability.min-disposable-income")),
                new BigDecimal(env.getRequiredProperty(prefix + "affordability.stress-annual-rate")));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
