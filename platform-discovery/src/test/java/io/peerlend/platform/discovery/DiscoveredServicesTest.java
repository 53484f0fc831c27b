package io.peerlend.platform.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.cloud.client.loadbalancer.DeferringLoadBalancerInterceptor;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;

/** Which calls go through the load balancer, and where an instance's readiness is asked. */
class DiscoveredServicesTest {

    final List<String> balanced = new ArrayList<>();
    final List<URI> direct = new ArrayList<>();
    final DiscoveryClient discovery = mock(DiscoveryClient.class);
    final DeferringLoadBalancerInterceptor balancer = mock(DeferringLoadBalancerInterceptor.class);
    final ClientHttpRequestExecution execution = (request, body) -> {
        direct.add(request.getURI());
        return new MockClientHttpResponse();
    };

    @SuppressWarnings("unchecked")
    DiscoveredServices interceptor() throws Exception {
        when(discovery.getServices()).thenReturn(List.of("scoring", "kyc"));
        when(balancer.intercept(any(), any(), any())).thenAnswer(call -> {
            balanced.add(((HttpRequest) call.getArgument(0)).getURI().getHost());
            return new MockClientHttpResponse();
        });
        ObjectProvider<DeferringLoadBalancerInterceptor> provider = mock(ObjectProvider.class);
        when(provider.getObject()).thenReturn(balancer);
        return new DiscoveredServices(discovery, provider);
    }

    @Test
    void givenAServiceDiscoveryKnows_whenCalledByName_thenTheLoadBalancerPicksTheInstance() throws Exception {
        interceptor()
                .intercept(
                        new MockClientHttpRequest(HttpMethod.GET, URI.create("http://scoring/api/scoring/x")),
                        new byte[0],
                        execution);

        assertThat(balanced).containsExactly("scoring");
        assertThat(direct).isEmpty();
    }

    @Test
    void givenAnyOtherAddress_whenCalled_thenItIsCalledAsGiven() throws Exception {
        URI keycloak = URI.create("http://localhost:8180/realms/peerlend/protocol/openid-connect/token");
        URI stub = URI.create("http://127.0.0.1:45678/api/scoring/x");
        DiscoveredServices interceptor = interceptor();

        interceptor.intercept(new MockClientHttpRequest(HttpMethod.POST, keycloak), new byte[0], execution);
        interceptor.intercept(new MockClientHttpRequest(HttpMethod.GET, stub), new byte[0], execution);

        assertThat(balanced).isEmpty();
        assertThat(direct).containsExactly(keycloak, stub);
    }

    @Test
    void givenAnInstanceWithAManagementPort_whenProbed_thenItsReadinessIsAskedThere() {
        var withPort = new DefaultServiceInstance(
                "lending-2", "lending", "127.0.0.1", 8091, false, Map.of(ReadinessProbe.MANAGEMENT_PORT, "9091"));
        var without = new DefaultServiceInstance("lending-1", "lending", "127.0.0.1", 8081, false);

        assertThat(ReadinessProbe.uri(withPort, "/actuator/health/readiness"))
                .isEqualTo(URI.create("http://127.0.0.1:9091/actuator/health/readiness"));
        assertThat(ReadinessProbe.uri(without, "/actuator/health/readiness"))
                .isEqualTo(URI.create("http://127.0.0.1:8081/actuator/health/readiness"));
    }
}
