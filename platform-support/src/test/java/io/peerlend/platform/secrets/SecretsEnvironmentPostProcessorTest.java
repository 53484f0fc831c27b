package io.peerlend.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

class SecretsEnvironmentPostProcessorTest {

    @TempDir
    Path jar;

    @TempDir
    Path mounted;

    private SpringApplication application;

    @BeforeEach
    void a_service_declaring_two_secrets() throws Exception {
        Files.writeString(jar.resolve("development-secrets.properties"), """
                # development values
                PEERLEND_MASTER_KEY=dev-master-key
                PEERLEND_WEBHOOK_SECRET=dev-webhook
                """);
        application = new SpringApplication();
        application.setResourceLoader(new DefaultResourceLoader(
                new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)));
    }

    @Test
    void outside_production_the_development_values_are_the_fallback_and_the_environment_wins() {
        StandardEnvironment environment = environment(Map.of("PEERLEND_WEBHOOK_SECRET", "from-env"));

        new SecretsEnvironmentPostProcessor().postProcessEnvironment(environment, application);

        assertThat(environment.getProperty("PEERLEND_MASTER_KEY")).isEqualTo("dev-master-key");
        assertThat(environment.getProperty("PEERLEND_WEBHOOK_SECRET")).isEqualTo("from-env");
    }

    @Test
    void production_refuses_to_start_naming_each_missing_or_development_secret_and_no_value() {
        StandardEnvironment environment =
                environment(Map.of("PEERLEND_ENV", "production", "PEERLEND_WEBHOOK_SECRET", "dev-webhook"));

        assertThatThrownBy(() -> new SecretsEnvironmentPostProcessor().postProcessEnvironment(environment, application))
                .isInstanceOf(SecretsEnvironmentPostProcessor.ProductionSecretsRefused.class)
                .hasMessageContaining("PEERLEND_MASTER_KEY is missing")
                .hasMessageContaining("PEERLEND_WEBHOOK_SECRET is the development value")
                .hasMessageNotContaining("dev-webhook");
    }

    @Test
    void the_spring_profile_production_counts_as_production_and_a_blank_secret_as_missing() {
        StandardEnvironment environment =
                environment(Map.of("PEERLEND_MASTER_KEY", " ", "PEERLEND_WEBHOOK_SECRET", "real"));
        environment.setActiveProfiles("production");

        assertThatThrownBy(() -> new SecretsEnvironmentPostProcessor().postProcessEnvironment(environment, application))
                .hasMessageContaining("PEERLEND_MASTER_KEY is missing")
                .hasMessageNotContaining("PEERLEND_WEBHOOK_SECRET");
    }

    @Test
    void production_starts_with_secrets_from_files_mounted_like_a_kubernetes_secret() throws Exception {
        Files.writeString(mounted.resolve("PEERLEND_MASTER_KEY"), "real-master-key\n");
        Files.writeString(mounted.resolve("PEERLEND_WEBHOOK_SECRET"), "real-webhook");
        StandardEnvironment environment =
                environment(Map.of("PEERLEND_ENV", "production", "PEERLEND_SECRETS_DIR", mounted.toString()));

        new SecretsEnvironmentPostProcessor().postProcessEnvironment(environment, application);

        assertThat(environment.getProperty("PEERLEND_MASTER_KEY")).isEqualTo("real-master-key");
        assertThat(environment.getProperty("PEERLEND_WEBHOOK_SECRET")).isEqualTo("real-webhook");
        assertThat(environment.getPropertySources().stream().map(s -> s.getName()))
                .noneMatch(name -> name.equals("development secrets"));
    }

    private static StandardEnvironment environment(Map<String, Object> values) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", values));
        return environment;
    }
}
