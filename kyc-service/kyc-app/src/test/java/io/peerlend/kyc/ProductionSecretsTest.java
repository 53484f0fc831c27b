package io.peerlend.kyc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerlend.platform.secrets.SecretsEnvironmentPostProcessor.ProductionSecretsRefused;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A leaked development secret opens nothing in production: the service will not start on one. */
class ProductionSecretsTest {

    @Test
    void in_production_the_service_refuses_to_start_without_its_secrets_and_names_each() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(KycServiceApplication.class)
                .properties("PEERLEND_ENV=production", "PEERLEND_SECRETS_DIR=target/no-mounted-secrets")
                .run().close())
                .isInstanceOf(ProductionSecretsRefused.class)
                .hasMessageContaining("PEERLEND_KYC_MASTER_KEY is missing")
                .hasMessageContaining("PEERLEND_CLIENT_SECRET is missing")
                .hasMessageContaining("PEERLEND_DB_PASSWORD is missing");
    }
}
