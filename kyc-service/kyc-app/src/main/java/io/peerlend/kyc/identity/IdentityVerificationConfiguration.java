package io.peerlend.kyc.identity;

import io.micrometer.core.instrument.MeterRegistry;
import io.peerlend.kyc.identity.domain.ElectronicIdentityVerification;
import io.peerlend.kyc.identity.sandbox.SandboxElectronicIdentity;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class IdentityVerificationConfiguration {

    /** Only the sandbox adapter exists so far; a production adapter follows docs/kyc.md. */
    @Bean
    ElectronicIdentityVerification electronicIdentityVerification(
            @Value("${peerlend.kyc.eidv.adapter:sandbox}") String adapter,
            @Value("${peerlend.kyc.eidv.timeout:3s}") Duration timeout,
            ObjectProvider<MeterRegistry> meters) {
        if (!adapter.equals("sandbox")) {
            throw new IllegalStateException(
                    "unknown identity verification adapter '" + adapter + "'; available: sandbox");
        }
        ResilientElectronicIdentity verification =
                new ResilientElectronicIdentity(new SandboxElectronicIdentity(), timeout);
        meters.ifAvailable(verification::bindTo);
        return verification;
    }
}
