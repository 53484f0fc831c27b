package io.peerlend.e2e;

import io.peerlend.infra.Platform;
import org.junit.jupiter.api.BeforeAll;

/** The running platform (one per test JVM) and a client for it, for every end-to-end test class. */
abstract class EndToEndTest {

    static Platform platform;
    static Api api;

    @BeforeAll
    static void platform() {
        platform = RunningPlatform.get();
        api = new Api(platform);
    }
}
