package io.peerlend.platform.discovery;

import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.cloud.loadbalancer.core.HealthCheckServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplierBuilder;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Each service's instances as the load balancer sees them: those discovery names, kept only while their readiness
 * probe answers (checked every {@code spring.cloud.loadbalancer.health-check.interval}, 2 s by default here). The
 * configuration of every load-balanced client ({@link DiscoveryAutoConfiguration}).
 */
public class ReadyInstances {

    @Bean
    ServiceInstanceListSupplier probedInstances(ConfigurableApplicationContext context) {
        ReadinessProbe probe = new ReadinessProbe();
        ServiceInstanceListSupplierBuilder instances = ServiceInstanceListSupplier.builder();
        // the gateway (reactive) has a reactive discovery client; a servlet application the blocking one
        instances = context.getBeanProvider(ReactiveDiscoveryClient.class).getIfAvailable() != null
                ? instances.withDiscoveryClient()
                : instances.withBlockingDiscoveryClient();
        return instances
                .with((ctx, delegate) -> new HealthCheckServiceInstanceListSupplier(
                        delegate, ctx.getBean(LoadBalancerClientFactory.class), probe::ready))
                .build(context);
    }
}
