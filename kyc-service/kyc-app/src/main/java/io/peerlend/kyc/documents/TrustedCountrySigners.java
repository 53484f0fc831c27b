package io.peerlend.kyc.documents;

import io.peerlend.kyc.checks.documents.CountrySigners;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The country signing certificates chips are verified against: each location in {@code peerlend.kyc.chip.country-
 * signers} (comma-separated; a file or classpath resource) holds an ICAO master list or certificates in PEM. In
 * production, the master list the operator downloads from the ICAO PKD (or a state's, such as Germany's BSI list) and
 * checks; none by default, and then no chip is accepted (docs/kyc.md, "Documents"). In development, also the
 * {@link SandboxCountrySigner}.
 */
@Component
public class TrustedCountrySigners {

    private static final Logger LOG = LoggerFactory.getLogger(TrustedCountrySigners.class);

    private final Set<X509Certificate> certificates;

    TrustedCountrySigners(
            ResourceLoader resources,
            @Value("${peerlend.kyc.chip.country-signers:}") String locations,
            @Value("${peerlend.kyc.chip.sandbox-country-signer:}") String sandbox) {
        Set<X509Certificate> read = new LinkedHashSet<>();
        for (String location : StringUtils.commaDelimitedListToStringArray(locations)) {
            if (location.isBlank()) {
                continue;
            }
            Resource resource = resources.getResource(location.strip());
            try (InputStream in = resource.getInputStream()) {
                read.addAll(CountrySigners.read(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("country signers cannot be read from " + location, e);
            }
        }
        if (!sandbox.isBlank()) {
            read.addAll(SandboxCountrySigner.trusted(Path.of(sandbox)));
            LOG.warn("chips signed under the SANDBOX country signer in {} are trusted (development only)", sandbox);
        }
        this.certificates = Set.copyOf(read);
        LOG.info("{} country signing certificates trusted for chips", certificates.size());
    }

    public Set<X509Certificate> certificates() {
        return certificates;
    }
}
