package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.infra.Platform;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The running platform (one per test JVM) and a client for it, for every end-to-end test class; after each class, no
 * request so far was answered with a server error ({@link ServerErrors}).
 */
abstract class EndToEndTest {

    static Platform platform;
    static Api api;

    @BeforeAll
    static void platform() {
        platform = RunningPlatform.get();
        api = new Api(platform);
    }

    @AfterAll
    static void noServerErrors() throws IOException {
        assertThat(RunningPlatform.serverErrors())
                .as("requests answered 500 (never the right answer: bad input is a 4xx, a lost dependency a 502/503)")
                .isEmpty();
    }
}
