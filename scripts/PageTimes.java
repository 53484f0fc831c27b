import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the web client's pages take at the gateway: each user logs in through Keycloak's real login page (the
 * authorization code flow with PKCE, as a browser does), then every page is fetched {@code rounds} times after three
 * warm-ups, one at a time; the time is the whole response (headers and body) as the gateway serves it.
 * Usage: java scripts/PageTimes.java gatewayUrl rounds user:password:/path,/path ...
 * e.g. java scripts/PageTimes.java http://localhost:8080 20 lender1:lender1:/app,/app/portfolio ops1:ops1:/app/ops
 * A path may name the first loan of the user's list as {loan}.
 */
public class PageTimes {

    public static void main(String[] args) throws Exception {
        String gateway = args[0];
        int rounds = Integer.parseInt(args[1]);
        System.out.printf("%-28s %-34s %8s %8s %8s %9s%n", "user", "page", "p50 ms", "p95 ms", "max ms", "bytes");
        for (int u = 2; u < args.length; u++) {
            String[] spec = args[u].split(":", 3);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new LocalCookies())
                    .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
            logIn(http, gateway, spec[0], spec[1]);
            for (String path : spec[2].split(",")) {
                if (path.contains("{loan}")) {
                    path = path.replace("{loan}", firstLoan(http, gateway));
                }
                List<Long> times = new ArrayList<>();
                int bytes = 0;
                for (int i = 0; i < rounds + 3; i++) {
                    long start = System.nanoTime();
                    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(gateway + path)).GET()
                            .build(), HttpResponse.BodyHandlers.ofString());
                    long took = System.nanoTime() - start;
                    if (page.statusCode() != 200 || page.uri().getPath().contains("/realms/")) {
                        throw new IllegalStateException(path + " answered " + page.statusCode() + " at " + page.uri());
                    }
                    bytes = page.body().length();
                    if (i >= 3) {
                        times.add(took);
                    }
                }
                Collections.sort(times);
                System.out.printf("%-28s %-34s %8.1f %8.1f %8.1f %9d%n", spec[0], path,
                        times.get(times.size() / 2) / 1e6, times.get((int) Math.ceil(times.size() * 0.95) - 1) / 1e6,
                        times.get(times.size() - 1) / 1e6, bytes);
            }
        }
    }

    /** /app sends the browser to Keycloak's login page; its form is posted as a person would. */
    static void logIn(HttpClient http, String gateway, String user, String password) throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(gateway + "/app")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher action = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"").matcher(login.body());
        if (!action.find()) {
            action = Pattern.compile("action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"").matcher(login.body());
            if (!action.find()) {
                throw new IllegalStateException("no Keycloak login form at " + login.uri());
            }
        }
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> back = http.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (!back.uri().toString().startsWith(gateway + "/app")) {
            Matcher why = Pattern.compile("<(?:span|div)[^>]*(?:kc-feedback-text|input-error|alert)[^>]*>([^<]+)").matcher(back.body());
            throw new IllegalStateException(user + " did not get back to the app: " + back.uri() + " "
                    + (why.find() ? why.group(1).trim() : back.body().replaceAll("(?s)<[^>]+>", " ").replaceAll("\\s+", " ").substring(0, 400)));
        }
    }

    static String firstLoan(HttpClient http, String gateway) throws Exception {
        String app = http.send(HttpRequest.newBuilder(URI.create(gateway + "/app")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher loan = Pattern.compile("href=\"/app/loans/([^\"]+)\"").matcher(app);
        if (!loan.find()) {
            throw new IllegalStateException("no loan on the user's page");
        }
        return loan.group(1);
    }

    /**
     * Cookies as a browser keeps them for http://localhost: Keycloak marks its cookies Secure, which browsers honour on
     * localhost (a secure context) but Java's CookieManager does not; and cookies do not depend on the port.
     */
    static final class LocalCookies extends CookieHandler {
        private final Map<String, String> cookies = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
            if (cookies.isEmpty()) {
                return Map.of();
            }
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ").append(name).append('=')
                    .append(value));
            return Map.of("Cookie", List.of(header.toString()));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) {
            for (Map.Entry<String, List<String>> h : headers.entrySet()) {
                if (h.getKey() != null && h.getKey().equalsIgnoreCase("Set-Cookie")) {
                    for (String cookie : h.getValue()) {
                        String pair = cookie.split(";", 2)[0];
                        int eq = pair.indexOf('=');
                        String name = pair.substring(0, eq).trim();
                        if (cookie.toLowerCase().contains("max-age=0")) {
                            cookies.remove(name);
                        } else {
                            cookies.put(name, pair.substring(eq + 1).trim());
                        }
                    }
                }
            }
        }
    }
}
