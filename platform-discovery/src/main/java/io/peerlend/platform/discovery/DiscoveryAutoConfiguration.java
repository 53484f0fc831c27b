package io.peerlend.platform.discovery;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.cloud.client.loadbalancer.DeferringLoadBalancerInterceptor;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every load-balanced client keeps only ready instances ({@link ReadyInstances}); in a servlet application every
 * {@code RestClient} built from Boot's builder reaches discovered services through the load balancer
 * ({@link DiscoveredServices}).
 */
@AutoConfiguration
@LoadBalancerClients(defaultConfiguration = ReadyInstances.class)
public class DiscoveryAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(RestClientCustomizer.class)
    static class RestClients {
        @Bean
        RestClientCustomizer discoveredServices(
                DiscoveryClient discovery, ObjectProvider<DeferringLoadBalancerInterceptor> balancer) {
            DiscoveredServices interceptor = new DiscoveredServices(discovery, balancer);
            return builder -> builder.requestInterceptor(interceptor);
        }
    }
}
