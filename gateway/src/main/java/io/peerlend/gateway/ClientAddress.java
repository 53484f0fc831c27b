package io.peerlend.gateway;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.web.server.ServerWebExchange;

/**
 * The address of the client behind a request, for limits on anonymous callers. The socket's peer is the client
 * unless it is one of the configured trusted proxies (the load balancer or ingress, as addresses or CIDR ranges);
 * then the client is the right-most address of {@code X-Forwarded-For} that is not itself a trusted proxy. A header
 * sent by anyone else is ignored, so a caller cannot choose its own bucket by writing one.
 */
final class ClientAddress {

    /** Only address literals are parsed, so nothing a caller writes can make the gateway look a name up. */
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<Range> trustedProxies;

    ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(Range::parse)
                .toList();
    }

    String of(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        String peer = remote == null || remote.getAddress() == null
                ? "unknown"
                : remote.getAddress().getHostAddress();
        if (!trusted(peer)) {
            return peer;
        }
        List<String> forwarded = exchange.getRequest().getHeaders().getOrEmpty("X-Forwarded-For").stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            if (!trusted(forwarded.get(i))) {
                return forwarded.get(i);
            }
        }
        return peer;
    }

    private boolean trusted(String address) {
        return literal(address)
                .map(a -> trustedProxies.stream().anyMatch(range -> range.contains(a)))
                .orElse(false);
    }

    private static Optional<byte[]> literal(String address) {
        if (!LITERAL.matcher(address).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address).getAddress());
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    /** An address or CIDR range ({@code 10.0.0.0/8}, {@code fd00::/8}). */
    private record Range(byte[] network, int prefixBits) {

        static Range parse(String text) {
            String[] parts = text.split("/", 2);
            byte[] network = literal(parts[0])
                    .orElseThrow(() -> new IllegalArgumentException("not an address or CIDR range: " + text));
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (bits < 0 || bits > network.length * 8) {
                throw new IllegalArgumentException("not a CIDR range: " + text);
            }
            return new Range(network, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefixBits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
