package io.peerlend.infra;

import java.nio.file.Path;
import java.util.List;
import java.util.function.ToIntFunction;

/** A Spring Boot service of the platform: where its runnable jar is built and which port it takes. */
record ServiceDefinition(String name, String module, ToIntFunction<Ports> portOf) {

    /** In start order; the gateway last, once what it routes to is starting. */
    static final List<ServiceDefinition> ALL = List.of(
            new ServiceDefinition("lending", "lending-service/lending-app", Ports::lending),
            new ServiceDefinition("scoring", "credit-scoring-service/scoring-app", Ports::scoring),
            new ServiceDefinition("kyc", "kyc-service/kyc-app", Ports::kyc),
            new ServiceDefinition("disclosure", "disclosure-service/disclosure-app", Ports::disclosure),
            new ServiceDefinition("web", "web", Ports::web),
            new ServiceDefinition("gateway", "gateway", Ports::gateway));

    int port(Ports ports) {
        return portOf.applyAsInt(ports);
    }

    Path jar(Path home) {
        String artifact = module.substring(module.lastIndexOf('/') + 1);
        return home.resolve(module).resolve("target").resolve(artifact + "-exec.jar");
    }
}
