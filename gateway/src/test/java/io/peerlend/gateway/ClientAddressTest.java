package io.peerlend.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

/** Anonymous callers are told apart by their own address, never by one they wrote in a header themselves. */
class ClientAddressTest {

    private final ClientAddress behindBalancer = new ClientAddress(List.of("10.0.0.0/8", " 192.168.1.1 "));

    @Test
    void without_trusted_proxies_the_socket_peer_is_the_client_whatever_the_header_says() {
        assertThat(new ClientAddress(List.of()).of(request("203.0.113.7", "1.2.3.4")))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void behind_a_trusted_proxy_the_client_is_the_address_the_proxy_forwarded() {
        assertThat(behindBalancer.of(request("10.0.3.4", "198.51.100.9"))).isEqualTo("198.51.100.9");
        assertThat(behindBalancer.of(request("192.168.1.1", "198.51.100.9, 10.0.0.5")))
                .isEqualTo("198.51.100.9");
    }

    @Test
    void a_caller_who_writes_its_own_forwarded_header_gets_the_address_the_proxy_saw_not_the_one_it_wrote() {
        // the caller sent "X-Forwarded-For: 1.2.3.4"; the balancer appended the address it saw
        assertThat(behindBalancer.of(request("10.0.3.4", "1.2.3.4, 198.51.100.9")))
                .isEqualTo("198.51.100.9");
        // and a caller reaching the gateway directly is not believed at all
        assertThat(behindBalancer.of(request("198.51.100.9", "10.0.0.1"))).isEqualTo("198.51.100.9");
    }

    @Test
    void a_trusted_proxy_with_no_or_garbage_header_counts_as_the_client() {
        assertThat(behindBalancer.of(request("10.0.3.4", null))).isEqualTo("10.0.3.4");
        assertThat(behindBalancer.of(request("10.0.3.4", "not-an-address"))).isEqualTo("not-an-address");
    }

    private static MockServerWebExchange request(String peer, String forwardedFor) {
        MockServerHttpRequest.BaseBuilder<?> request =
                MockServerHttpRequest.get("/public/loan-calculator").remoteAddress(new InetSocketAddress(peer, 40000));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return MockServerWebExchange.from(request);
    }
}
