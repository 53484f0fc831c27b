package io.peerlend.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PeerAddressCountTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicReference<InetAddress[]> answer = new AtomicReference<>();

    private PeerAddressCount count() {
        return new PeerAddressCount(
                "lending-peers",
                name -> {
                    InetAddress[] addresses = answer.get();
                    if (addresses == null) {
                        throw new UnknownHostException(name);
                    }
                    return addresses;
                },
                now::get);
    }

    private static InetAddress[] pods(int n) throws UnknownHostException {
        InetAddress[] addresses = new InetAddress[n];
        for (int i = 0; i < n; i++) {
            addresses[i] = InetAddress.getByAddress(new byte[] {10, 0, 0, (byte) (i + 1)});
        }
        return addresses;
    }

    @Test
    void theHeadlessServicesAddressesAreTheReadyInstancesLookedUpAgainAfterFiveSeconds() throws Exception {
        // given a headless Service with three ready pods
        answer.set(pods(3));
        PeerAddressCount peers = count();
        assertThat(peers.getAsInt()).isEqualTo(3);

        // when one pod stops being ready, the count follows once five seconds have passed, not before
        answer.set(pods(2));
        now.addAndGet(4_000_000_000L);
        assertThat(peers.getAsInt()).isEqualTo(3);
        now.addAndGet(1_000_000_000L);
        assertThat(peers.getAsInt()).isEqualTo(2);
    }

    @Test
    void aLookupThatFailsKeepsTheLastCountAndNeverCountsFewerThanOne() throws Exception {
        // given no pod ready yet (the name does not resolve): this instance counts itself
        PeerAddressCount peers = count();
        assertThat(peers.getAsInt()).isEqualTo(1);
        // when two are ready, then two; when DNS fails for a moment, still two
        answer.set(pods(2));
        now.addAndGet(5_000_000_000L);
        assertThat(peers.getAsInt()).isEqualTo(2);
        answer.set(null);
        now.addAndGet(5_000_000_000L);
        assertThat(peers.getAsInt()).isEqualTo(2);
    }
}
