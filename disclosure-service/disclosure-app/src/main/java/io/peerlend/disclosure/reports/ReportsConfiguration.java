package io.peerlend.disclosure.reports;

import io.peerlend.disclosure.reports.domain.ReportSeal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform's report signing key (Ed25519) and the profile's report settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DisclosureProfile.class)
class ReportsConfiguration {

    @Bean
    ReportSeal reportSeal(
            @Value("${peerlend.disclosure.signing.private-key}") String privateKey,
            @Value("${peerlend.disclosure.signing.public-key}") String publicKey) {
        return ReportSeal.ofEncoded(privateKey, publicKey);
    }
}
