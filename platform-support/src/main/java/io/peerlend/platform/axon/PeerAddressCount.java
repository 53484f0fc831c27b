package io.peerlend.platform.axon;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many instances of this service are ready, in Kubernetes: the addresses a headless Service resolves to, which
 * are exactly the service's ready pods (Kubernetes' own endpoint tracking, through the cluster's DNS; no API access
 * needed). Set by {@code peerlend.cluster.peers} (the headless Service's name, e.g. {@code lending-peers}); used
 * instead of the load balancer's count where each part reaches the others through a Service, which discovery sees as
 * one instance. Looked up at most every five seconds; a failed lookup keeps the last count.
 */
final class PeerAddressCount implements IntSupplier {

    private static final Logger log = LoggerFactory.getLogger(PeerAddressCount.class);
    private static final long LOOK_UP_EVERY_NANOS = 5_000_000_000L;

    interface Resolver {
        InetAddress[] resolve(String name) throws UnknownHostException;
    }

    private final String name;
    private final Resolver resolver;
    private final LongSupplier nanoTime;
    private long lookedUpAt;
    private boolean looked;
    private int count = 1;

    PeerAddressCount(String name) {
        this(name, InetAddress::getAllByName, System::nanoTime);
    }

    PeerAddressCount(String name, Resolver resolver, LongSupplier nanoTime) {
        this.name = name;
        this.resolver = resolver;
        this.nanoTime = nanoTime;
    }

    @Override
    public synchronized int getAsInt() {
        long now = nanoTime.getAsLong();
        if (!looked || now - lookedUpAt >= LOOK_UP_EVERY_NANOS) {
            looked = true;
            lookedUpAt = now;
            try {
                int found = Math.max(1, resolver.resolve(name).length);
                if (found != count) {
                    log.info(
                            "{} ready instance(s) behind {}: event processor segments are shared among them",
                            found,
                            name);
                }
                count = found;
            } catch (UnknownHostException e) {
                log.warn("{} does not resolve; keeping {} instance(s)", name, count);
            }
        }
        return count;
    }
}
