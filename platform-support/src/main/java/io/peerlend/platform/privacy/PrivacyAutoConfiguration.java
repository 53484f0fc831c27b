package io.peerlend.platform.privacy;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The personal-data vault of a service that keeps personal data ({@code peerlend.privacy.schema} set): one envelope
 * scheme for every service, each with its own data keys in its own schema, wrapped by its own master keys, so that
 * erasing a customer in a service destroys what only that service could read.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(name = "org.flywaydb.core.Flyway")
@ConditionalOnProperty("peerlend.privacy.schema")
@EnableConfigurationProperties(MasterKeys.class)
public class PrivacyAutoConfiguration {

    @Bean
    PersonalDataVault personalDataVault(DataSource dataSource, MasterKeys masterKeys) {
        return PersonalDataVault.migrated(dataSource, masterKeys.schema(), masterKeys, Clock.systemUTC());
    }
}
