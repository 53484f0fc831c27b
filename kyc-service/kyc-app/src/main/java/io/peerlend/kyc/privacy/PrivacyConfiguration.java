package io.peerlend.kyc.privacy;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The data-key table lives in its own schema with its own migration history, apart from the shared event store's,
 * so other services' Flyway runs never see KYC's migrations.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MasterKeys.class)
class PrivacyConfiguration {

    @Bean
    DataKeyStore dataKeyStore(DataSource dataSource) {
        return DataKeyStore.migrated(dataSource);
    }

    @Bean
    PersonalDataVault personalDataVault(DataKeyStore keys, MasterKeys masterKeys, Clock clock) {
        return new PersonalDataVault(keys, masterKeys, clock);
    }
}
