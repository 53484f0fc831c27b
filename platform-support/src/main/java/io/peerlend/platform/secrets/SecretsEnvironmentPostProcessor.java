package io.peerlend.platform.secrets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.ConfigTreePropertySource;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Where a service's secrets come from, and the refusal to run production on anything else.
 *
 * <p>A service names its secrets in {@code development-secrets.properties} (one per service jar), each under the
 * environment variable that supplies it, with the development value beside it. Values come from, in order: the
 * environment, then files mounted in {@value #SECRETS_DIRECTORY_VARIABLE} (default {@value #DEFAULT_SECRETS_DIRECTORY};
 * one file per secret, named like the variable: a Kubernetes Secret mounted as a volume), then, outside production
 * only, the development values. In production ({@code PEERLEND_ENV=production}, or the Spring profile
 * {@code production}) the service refuses to start while any secret is missing, blank or still its development value,
 * and names each one.
 */
public class SecretsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String DEVELOPMENT_SECRETS = "development-secrets.properties";
    static final String SECRETS_DIRECTORY_VARIABLE = "PEERLEND_SECRETS_DIR";
    static final String DEFAULT_SECRETS_DIRECTORY = "/run/secrets/peerlend";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Properties development = developmentSecrets(application.getClassLoader());
        Path mounted = Path.of(environment.getProperty(SECRETS_DIRECTORY_VARIABLE, DEFAULT_SECRETS_DIRECTORY));
        if (Files.isDirectory(mounted)) {
            environment
                    .getPropertySources()
                    .addAfter(
                            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                            new ConfigTreePropertySource(
                                    "mounted secrets " + mounted,
                                    mounted,
                                    ConfigTreePropertySource.Option.AUTO_TRIM_TRAILING_NEW_LINE));
        }
        if (isProduction(environment)) {
            List<String> refused = new ArrayList<>();
            for (String name :
                    development.stringPropertyNames().stream().sorted().toList()) {
                String value = environment.getProperty(name);
                if (value == null || value.isBlank()) {
                    refused.add(name + " is missing");
                } else if (value.equals(development.getProperty(name))) {
                    refused.add(name + " is the development value published in the repository");
                }
            }
            if (!refused.isEmpty()) {
                throw new ProductionSecretsRefused(refused);
            }
        } else {
            environment.getPropertySources().addLast(new PropertiesPropertySource("development secrets", development));
        }
    }

    static boolean isProduction(ConfigurableEnvironment environment) {
        return "production".equalsIgnoreCase(environment.getProperty("PEERLEND_ENV", ""))
                || environment.matchesProfiles("production");
    }

    private static Properties developmentSecrets(ClassLoader classLoader) {
        Properties secrets = new Properties();
        try {
            ClassLoader loader =
                    classLoader != null ? classLoader : SecretsEnvironmentPostProcessor.class.getClassLoader();
            Enumeration<URL> files = loader.getResources(DEVELOPMENT_SECRETS);
            while (files.hasMoreElements()) {
                try (InputStream in = files.nextElement().openStream()) {
                    secrets.load(in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return secrets;
    }

    @Override
    public int getOrder() {
        // after the configuration files are read, so a profile set in them counts
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Startup stops here in production; the message names every secret to supply, never a value. */
    public static final class ProductionSecretsRefused extends IllegalStateException {
        ProductionSecretsRefused(List<String> refused) {
            super("Refusing to start in production: " + String.join("; ", refused)
                    + ". Supply each from the environment or as a file of that name in the mounted secrets directory ("
                    + SECRETS_DIRECTORY_VARIABLE + ", default " + DEFAULT_SECRETS_DIRECTORY
                    + "); see docs/security.md.");
        }
    }
}
