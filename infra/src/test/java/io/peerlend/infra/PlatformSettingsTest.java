package io.peerlend.infra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Settings the launcher reads from the environment. */
class PlatformSettingsTest {

    @Test
    void givenNoExtraJavaOptions_thenServicesStartWithTheDefaultsOnly() {
        assertThat(Platform.javaOptions(null)).isEmpty();
        assertThat(Platform.javaOptions("  ")).isEmpty();
    }

    @Test
    void givenExtraJavaOptions_thenEachIsOneArgumentAfterTheDefaults() {
        assertThat(Platform.javaOptions(" -XX:TieredStopAtLevel=4   -XX:+UseG1GC "))
                .containsExactly("-XX:TieredStopAtLevel=4", "-XX:+UseG1GC");
    }
}
