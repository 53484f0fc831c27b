package io.peerlend.platform.discovery;

import org.springframework.cloud.loadbalancer.core.HealthCheckServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
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
        return ServiceInstanceListSupplier.builder()
                .withDiscoveryClient()
                .with((ctx, delegate) -> new HealthCheckServiceInstanceListSupplier(
                        delegate, ctx.getBean(LoadBalancerClientFactory.class), probe::ready))
                .build(context);
    }
}
