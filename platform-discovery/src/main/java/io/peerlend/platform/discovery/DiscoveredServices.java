package io.peerlend.platform.discovery;

import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.cloud.client.loadbalancer.DeferringLoadBalancerInterceptor;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * On every {@code RestClient} the application builds: a call to a host that discovery knows as a service
 * ({@code http://scoring/...}) goes to one of its ready instances through the load balancer; any other address
 * (Keycloak, a test's server, an outside provider) is called as given.
 */
final class DiscoveredServices implements ClientHttpRequestInterceptor {

    private final DiscoveryClient discovery;
    private final ObjectProvider<DeferringLoadBalancerInterceptor> balancer;

    DiscoveredServices(DiscoveryClient discovery, ObjectProvider<DeferringLoadBalancerInterceptor> balancer) {
        this.discovery = discovery;
        this.balancer = balancer;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        String host = request.getURI().getHost();
        if (host != null && discovery.getServices().contains(host)) {
            return balancer.getObject().intercept(request, body, execution);
        }
        return execution.execute(request, body);
    }
}
