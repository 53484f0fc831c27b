package io.peerlend.platform.axon;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import reactor.core.Disposable;

/**
 * How many instances of this service are ready, as the load balancer sees them (discovery, kept to the instances whose
 * readiness probe answers): followed as it changes. One when discovery does not list the service (a single instance).
 */
final class ReadyInstanceCount implements IntSupplier, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReadyInstanceCount.class);

    private final AtomicInteger ready = new AtomicInteger(1);
    private final Disposable subscription;

    ReadyInstanceCount(LoadBalancerClientFactory balancers, String service) {
        ServiceInstanceListSupplier instances = balancers.getInstance(service, ServiceInstanceListSupplier.class);
        subscription = instances == null
                ? null
                : instances.get().subscribe(list -> {
                    int now = Math.max(1, list.size());
                    if (ready.getAndSet(now) != now) {
                        log.info(
                                "{} ready instance(s) of {}: event processor segments are shared among them",
                                now,
                                service);
                    }
                });
    }

    @Override
    public int getAsInt() {
        return ready.get();
    }

    @Override
    public void destroy() {
        if (subscription != null) {
            subscription.dispose();
        }
    }
}
