package io.peerlend.platform.discovery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.cloud.client.ServiceInstance;
import reactor.core.publisher.Mono;

/**
 * Whether an instance is ready for requests: its readiness probe answers 2xx within a second. The probe is on the
 * instance's management port (never routed, never public), which each instance publishes in its discovery metadata as
 * {@value #MANAGEMENT_PORT}; an instance without it is probed on its own port.
 */
public final class ReadinessProbe {

    public static final String MANAGEMENT_PORT = "management-port";
    static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public Mono<Boolean> ready(ServiceInstance instance, String path) {
        HttpRequest request = HttpRequest.newBuilder(uri(instance, path))
                .timeout(TIMEOUT)
                .GET()
                .build();
        return Mono.fromFuture(() -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                .map(response -> response.statusCode() / 100 == 2)
                .onErrorReturn(false);
    }

    /** An address on the instance's management port (its own port when it publishes none). */
    public static URI uri(ServiceInstance instance, String path) {
        String port = instance.getMetadata().get(MANAGEMENT_PORT);
        String scheme = instance.getScheme() != null ? instance.getScheme() : "http";
        return URI.create(scheme + "://" + instance.getHost() + ":"
                + (port != null ? port : String.valueOf(instance.getPort())) + path);
    }
}
