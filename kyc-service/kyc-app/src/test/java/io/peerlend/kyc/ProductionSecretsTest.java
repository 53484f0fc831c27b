package io.peerlend.kyc;

import io.peerlend.platform.testing.ServiceTests;
import org.junit.jupiter.api.Test;

/** A leaked development secret opens nothing in production: the service will not start on one. */
class ProductionSecretsTest {

    @Test
    void in_production_the_service_refuses_to_start_without_its_secrets_and_names_each() {
        ServiceTests.assertProductionRefusesWithout(
                KycServiceApplication.class,
                "PEERLEND_KYC_MASTER_KEY",
                "PEERLEND_CLIENT_SECRET",
                "PEERLEND_DB_PASSWORD",
                "PEERLEND_VAPID_PRIVATE_KEY");
    }
}
