package io.peerlend.infra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The whole Peerlend platform on one machine: the stores and Keycloak first, then the services, then the gateway,
 * each waited on until healthy. {@link #close()} stops everything in reverse order.
 */
public final class Platform implements AutoCloseable {

    public static final String KEYCLOAK_VERSION = "26.5.6";
    // generous: in the cluster mode eleven JVMs start beside Keycloak on two cores
    private static final Duration KEYCLOAK_START = Duration.ofMinutes(6);
    private static final Duration SERVICE_START = Duration.ofMinutes(5);

    private final Path home;
    private final Path varDirectory;
    private final Ports ports;
    private final boolean persistent;
    private final Map<String, String> serviceSettings;
    private final List<ServiceInstance> instances;
    private EmbeddedPostgresServer postgres;
    private EmbeddedMongoServer mongo;
    private ManagedProcess keycloak;
    private ManagedProcess traces;
    private MailServer mail;
    private final Map<String, ManagedProcess> services = new LinkedHashMap<>();

    /**
     * @param home         the project root (service jars and the Keycloak distribution are found from there)
     * @param varDirectory where the stores keep their data
     * @param persistent   keep data across starts (the platform command) or start clean (tests)
     */
    public Platform(Path home, Path varDirectory, Ports ports, boolean persistent) {
        this(home, varDirectory, ports, persistent, Map.of());
    }

    /** @param serviceSettings environment given to every service on top of the platform's (tests' settings) */
    public Platform(
            Path home, Path varDirectory, Ports ports, boolean persistent, Map<String, String> serviceSettings) {
        this(home, varDirectory, ports, persistent, serviceSettings, 1);
    }

    /** @param copies how many instances of each service and of the web client run (1 to 4); the gateway runs once */
    public Platform(
            Path home,
            Path varDirectory,
            Ports ports,
            boolean persistent,
            Map<String, String> serviceSettings,
            int copies) {
        this.instances = ServiceInstance.all(ports, copies);
        this.serviceSettings = Map.copyOf(serviceSettings);
        this.home = home.toAbsolutePath().normalize();
        this.varDirectory = varDirectory.toAbsolutePath().normalize();
        this.ports = ports;
        this.persistent = persistent;
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("peerlend.home", "."))
                .toAbsolutePath()
                .normalize();
        long started = System.nanoTime();
        String copies = System.getenv().getOrDefault("PEERLEND_INSTANCES", "1");
        Platform platform =
                new Platform(home, home.resolve("var"), Ports.defaults(), true, Map.of(), Integer.parseInt(copies));
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.out.println("Stopping Peerlend...");
                            platform.close();
                            System.out.println("Stopped.");
                        },
                        "peerlend-shutdown"));
        try {
            platform.start();
        } catch (Exception e) {
            System.err.println("Peerlend could not start: " + e);
            System.exit(1);
        }
        System.out.printf(
                "%nPeerlend is up in %d s.%n%s%n", (System.nanoTime() - started) / 1_000_000_000L, platform.welcome());
        Thread.currentThread().join();
    }

    public void start() throws IOException, InterruptedException {
        // a part left running by an earlier start would answer the health checks in place of the new one
        List<Integer> taken = new ArrayList<>(List.of(
                ports.postgres(),
                ports.mongo(),
                ports.keycloak(),
                ports.keycloakManagement(),
                ports.traces(),
                ports.smtp(),
                ports.imap()));
        for (ServiceInstance instance : instances) {
            taken.add(instance.port());
            taken.add(instance.managementPort());
        }
        taken.removeIf(Platform::free);
        if (!taken.isEmpty()) {
            throw new IOException("ports " + taken + " are in use: is another Peerlend (or a part of one left over by"
                    + " an earlier run) still running? Stop it first.");
        }
        Files.createDirectories(varDirectory);
        if (!persistent) {
            // a run killed before it could clean up leaves its data behind, on which initdb refuses to start
            KeycloakServer.deleteRecursively(varDirectory.resolve("postgres"));
        }
        log("starting PostgreSQL 17 on port " + ports.postgres());
        postgres = EmbeddedPostgresServer.start(varDirectory.resolve("postgres"), ports.postgres(), !persistent);
        log("starting MongoDB wire server on port " + ports.mongo());
        createServiceLogins();
        mongo = persistent
                ? EmbeddedMongoServer.startPersistent(varDirectory.resolve("mongo/peerlend.mv"), ports.mongo())
                : EmbeddedMongoServer.startInMemory(ports.mongo());
        log("starting the mail server (GreenMail) on ports " + ports.smtp() + " (SMTP) and " + ports.imap()
                + " (IMAP)");
        mail = MailServer.start(ports.smtp(), ports.imap());
        if (!persistent) {
            KeycloakServer.deleteRecursively(varDirectory.resolve("keycloak"));
            KeycloakServer.deleteRecursively(varDirectory.resolve("secrets"));
        }
        keycloak = KeycloakServer.prepare(
                home,
                home.resolve("infra/target/keycloak/keycloak-" + KEYCLOAK_VERSION),
                home.resolve("infra/keycloak"),
                varDirectory.resolve("keycloak"),
                ports,
                Map.of(
                        "PEERLEND_CLIENT_SECRET_LENDING",
                        lendingClientSecret(),
                        "PEERLEND_CLIENT_SECRET_KYC",
                        clientSecret("kyc"),
                        // Keycloak tells the web client directly when a user's session ends (back-channel logout)
                        "PEERLEND_WEB_BACKCHANNEL_LOGOUT_URL",
                        "http://127.0.0.1:" + ports.web() + "/logout/connect/back-channel/keycloak"));
        log("starting Keycloak on port " + ports.keycloak() + " (the first start takes a minute)");
        keycloak.start();
        traces = TraceServer.prepare(home, Path.of(javaExecutable()), varDirectory.resolve("logs"), ports.traces());
        log("starting the trace server (Zipkin) on port " + ports.traces());
        traces.start();

        // the services do not need Keycloak to boot (keys are fetched on first use), so they start meanwhile; further
        // copies (the cluster mode) once the first are up, so two cores are not asked to start every JVM at once
        List<ServiceInstance> first =
                instances.stream().filter(i -> i.index() == 0).toList();
        startAll(first);
        keycloak.awaitHealthy(KEYCLOAK_START);
        log("Keycloak is ready");
        traces.awaitHealthy(SERVICE_START);
        awaitAll(first);
        List<ServiceInstance> copies =
                instances.stream().filter(i -> i.index() > 0).toList();
        if (!copies.isEmpty()) {
            startAll(copies);
            awaitAll(copies);
        }
    }

    private void startAll(List<ServiceInstance> which) throws IOException {
        for (ServiceInstance instance : which) {
            ManagedProcess process = serviceProcess(instance);
            services.put(instance.name(), process);
            log("starting " + instance.name() + " on port " + instance.port());
            process.start();
        }
    }

    private void awaitAll(List<ServiceInstance> which) throws IOException, InterruptedException {
        for (ServiceInstance instance : which) {
            services.get(instance.name()).awaitHealthy(SERVICE_START);
            log(instance.name() + " is healthy");
        }
    }

    /** The services that keep data in PostgreSQL, each with a login of its own (infra/postgres/service-logins.sql). */
    static final List<String> DATABASE_SERVICES = ServiceLogins.DATABASE_SERVICES;

    private void createServiceLogins() throws IOException {
        ServiceLogins.create(postgres, this::databasePassword);
    }

    /** A service's database password in this installation (made on first start). */
    public String databasePassword(String service) throws IOException {
        return new DevelopmentSecrets(varDirectory.resolve("secrets")).get("database-" + service);
    }

    /** The JVM options a setting such as {@code PEERLEND_SERVICE_JAVA_OPTS} holds, separated by spaces. */
    static List<String> javaOptions(String setting) {
        return setting == null || setting.isBlank()
                ? List.of()
                : List.of(setting.trim().split("\\s+"));
    }

    private ManagedProcess serviceProcess(ServiceInstance instance) throws IOException {
        ServiceDefinition service = instance.service();
        Path jar = service.jar(home);
        if (!Files.isRegularFile(jar)) {
            throw new IOException("missing " + jar + "; build once with ./mvnw -DskipTests install");
        }
        List<String> command = new ArrayList<>(List.of(
                javaExecutable(),
                "-Xms64m",
                "-Xmx320m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Xss512k",
                "-Daxoniq.update-checker.disabled=true"));
        // C1 only and the serial collector start the platform fast on a small machine; a benchmark of throughput adds
        // the settings production runs with (for example -XX:TieredStopAtLevel=4: the last setting of a flag wins)
        command.addAll(javaOptions(System.getenv("PEERLEND_SERVICE_JAVA_OPTS")));
        if (service.name().equals("gateway")) {
            // one line per request (method, path, status, duration): the gateway is the platform's front door
            command.add("-Dreactor.netty.http.server.accessLogEnabled=true");
        }
        if (instance.name().equals(System.getenv("PEERLEND_DEBUG"))) {
            // a debugger attaches on port 5005 (localhost only); the service starts without waiting for it
            command.add("-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:5005");
        }
        command.addAll(List.of("-jar", jar.toString()));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", String.valueOf(instance.port()));
        env.put("MANAGEMENT_SERVER_PORT", String.valueOf(instance.managementPort()));
        env.put("PEERLEND_INSTANCE", instance.name());
        // one JSON object per line (ECS), with the correlation id from the logging context
        env.put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
        env.put("PEERLEND_DB_URL", postgres.jdbcUrl());
        if (DATABASE_SERVICES.contains(service.name()) || ServiceLogins.EDGE_PARTS.contains(service.name())) {
            env.put("PEERLEND_DB_USER", "peerlend_" + service.name());
            env.put("PEERLEND_DB_PASSWORD", databasePassword(service.name()));
        }
        if (service.name().equals("web")) {
            env.put("PEERLEND_WEB_SESSIONS_URL", postgres.jdbcUrl());
        }
        if (service.name().equals("gateway")) {
            env.put("PEERLEND_RATE_LIMIT_STORE_URL", postgres.jdbcUrl());
        }
        if (service.name().equals("kyc")) {
            // development: chips signed under a sandbox country signer kept here are trusted (docs/kyc.md)
            env.put(
                    "PEERLEND_KYC_CHIP_SANDBOX_COUNTRY_SIGNER",
                    sandboxCountrySigner().toString());
        }
        // the event store's migrations run as the database owner, the service works with its own login
        env.put("PEERLEND_DB_MIGRATION_USER", postgres.username());
        env.put("PEERLEND_DB_MIGRATION_PASSWORD", "");
        env.put("PEERLEND_MONGO_URI", mongo.uri("peerlend-" + service.name()));
        env.put("PEERLEND_ISSUER_URI", issuerUri());
        env.put("PEERLEND_JWK_SET_URI", issuerUri() + "/protocol/openid-connect/certs");
        // each part finds the others by name through discovery, which lists every instance (the load balancers keep
        // the ready ones)
        env.put("SPRING_APPLICATION_JSON", ServiceInstance.discovery(instances));
        env.put("PEERLEND_LENDING_URL", "http://lending");
        env.put("PEERLEND_SCORING_URL", "http://scoring");
        env.put("PEERLEND_KYC_URL", "http://kyc");
        env.put("PEERLEND_DISCLOSURE_URL", "http://disclosure");
        env.put("PEERLEND_WEB_URL", "http://web");
        if (service.name().equals("lending") || service.name().equals("kyc")) {
            env.put("PEERLEND_CLIENT_SECRET", clientSecret(service.name()));
        }
        env.put("PEERLEND_KEYCLOAK_URL", "http://localhost:" + ports.keycloak());
        // notifications go to the development mail server (production: the operator's SMTP relay)
        env.put("PEERLEND_SMTP_HOST", "127.0.0.1");
        env.put("PEERLEND_SMTP_PORT", String.valueOf(ports.smtp()));
        // development: operations staff may move the business date forward (production follows the calendar)
        env.put("PEERLEND_CALENDAR_MANUAL", "true");
        // every request traced in development, its spans sent to the launcher's Zipkin (production: OTLP, sampled);
        // a load benchmark may set the launcher's MANAGEMENT_TRACING_SAMPLING_PROBABILITY to measure without
        env.put("PEERLEND_TRACING_ZIPKIN_URL", tracesUrl());
        env.put(
                "MANAGEMENT_TRACING_SAMPLING_PROBABILITY",
                System.getenv().getOrDefault("MANAGEMENT_TRACING_SAMPLING_PROBABILITY", "1.0"));
        env.putAll(serviceSettings);
        URI health = URI.create("http://127.0.0.1:" + instance.managementPort() + "/actuator/health/readiness");
        return new ManagedProcess(
                instance.name(), command, env, home, varDirectory.resolve("logs/" + instance.name() + ".log"), health);
    }

    /**
     * Where the KYC service keeps the development's sandbox country signer (its certificate and key, made on first
     * start): tests sign document signers and chips under it.
     */
    public Path sandboxCountrySigner() {
        return varDirectory.resolve("sandbox-country-signer");
    }

    /** The lending service's client secret in this installation's Keycloak (made on first start). */
    public String lendingClientSecret() throws IOException {
        return clientSecret("lending");
    }

    /** A service's client secret in this installation's Keycloak (made on first start). */
    String clientSecret(String service) throws IOException {
        return new DevelopmentSecrets(varDirectory.resolve("secrets")).get("peerlend-" + service + "-client-secret");
    }

    public String issuerUri() {
        return "http://localhost:" + ports.keycloak() + "/realms/" + KeycloakServer.REALM;
    }

    public String gatewayUrl() {
        return "http://localhost:" + ports.gateway();
    }

    public Ports ports() {
        return ports;
    }

    public String postgresJdbcUrl() {
        return postgres.jdbcUrl();
    }

    /** The development trace server (Zipkin): its UI, and its API under {@code /api/v2}. */
    public String tracesUrl() {
        return "http://127.0.0.1:" + ports.traces();
    }

    /** The development mail server's IMAP port: each address's mailbox, login and password the address itself. */
    public int imapPort() {
        return ports.imap();
    }

    /** The MongoDB URI of one service's read-side database. */
    public String mongoUri(String service) {
        return mongo.uri("peerlend-" + service);
    }

    /** Where an instance's Actuator answers (health, probes, metrics): its own port, not the gateway's. */
    public String managementUrl(String instance) {
        return "http://127.0.0.1:" + instance(instance).managementPort();
    }

    /** Where an instance's API answers directly, bypassing the gateway. */
    public String serviceUrl(String instance) {
        return "http://127.0.0.1:" + instance(instance).port();
    }

    private ServiceInstance instance(String name) {
        return instances.stream()
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    /** The names of the running instances of a service ({@code lending}, {@code lending-2}, ...). */
    public List<String> instancesOf(String service) {
        return instances.stream()
                .filter(i -> i.service().name().equals(service))
                .map(ServiceInstance::name)
                .toList();
    }

    /**
     * A running instance by name ({@code lending}, {@code scoring}, {@code kyc}, {@code disclosure}, {@code web},
     * {@code gateway}; further copies numbered: {@code lending-2}).
     */
    public ManagedProcess service(String name) {
        ManagedProcess process = services.get(name);
        if (process == null) {
            throw new IllegalArgumentException("no service " + name);
        }
        return process;
    }

    /** Kills a service the hard way and starts it again, waiting until it is healthy. */
    public void restart(String name) throws IOException, InterruptedException {
        ManagedProcess process = service(name);
        process.kill();
        process.start();
        process.awaitHealthy(SERVICE_START);
    }

    public String welcome() {
        return """
                  Log in here           %1$s/  (the web client; public disclosure at %1$s/public/disclosure)
                  Web and API gateway   %1$s  (health: http://127.0.0.1:%5$d/actuator/health, management port)
                  API docs              %1$s/v3/api-docs/{lending|scoring|kyc|disclosure}
                  Keycloak              http://localhost:%2$d/admin  (admin / admin)
                  Realm peerlend        %3$s
                  Demo logins (password = user name): borrower1, borrower2, lender1, regulator1, ops1, supervisor1
                  Token for scripts:    curl -d client_id=peerlend-dev-cli -d grant_type=password \\
                                          -d username=borrower1 -d password=borrower1 %3$s/protocol/openid-connect/token
                  Logs                  %4$s
                  Traces                %7$s/zipkin/  (one trace per request, across the services)
                  Mail                  imap://127.0.0.1:%8$d  (what customers are told; login = password = address)
                  Instances             %6$s
                Press Ctrl-C to stop everything.""".formatted(
                        gatewayUrl(),
                        ports.keycloak(),
                        issuerUri(),
                        varDirectory.resolve("logs"),
                        ports.gateway() + 1000,
                        instances.size() == ServiceDefinition.ALL.size()
                                ? "one of each (PEERLEND_INSTANCES=2 runs two of each service and of the web client)"
                                : instances.stream()
                                        .map(i -> i.name() + " :" + i.port())
                                        .collect(Collectors.joining(", ")),
                        tracesUrl(),
                        ports.imap());
    }

    @Override
    public void close() {
        List<AutoCloseable> stopOrder = new ArrayList<>(services.values());
        Collections.reverse(stopOrder);
        stopOrder.add(keycloak);
        stopOrder.add(traces);
        stopOrder.add(mail);
        stopOrder.add(mongo);
        stopOrder.add(postgres);
        for (AutoCloseable part : stopOrder) {
            if (part == null) {
                continue;
            }
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e.getMessage());
            }
        }
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void log(String message) {
        System.out.println("[peerlend] " + message);
    }
}
