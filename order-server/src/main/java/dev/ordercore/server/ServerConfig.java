package dev.ordercore.server;

import dev.ordercore.adapter.http.AdmissionLimits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the server runs, from flags and the environment (a flag wins over its variable):
 * {@code --port} / {@code ORDERS_PORT} (8080; 0 picks a free port), {@code --store}
 * (embedded, postgres or memory), {@code --data-dir} / {@code ORDERS_DATA_DIR} ({@code ./data}),
 * {@code ORDERS_DATABASE_URL}, {@code _USER}, {@code _PASSWORD} (and optionally
 * {@code ORDERS_DATABASE_MIGRATION_USER}, {@code _PASSWORD}) for postgres, and
 * {@code ORDERS_JWT_HS256_SECRET} (base64) or {@code ORDERS_JWT_RS256_PUBLIC_KEY} (a PEM file).
 * The limits ({@link Limits}): {@code --db-pool-size} / {@code ORDERS_DB_POOL_SIZE} (10),
 * {@code --max-in-flight} / {@code ORDERS_MAX_IN_FLIGHT} (the pool size; 0 turns load shedding off),
 * {@code --max-queued} / {@code ORDERS_MAX_QUEUED} (4 × pool size) and {@code --max-queue-wait-ms} /
 * {@code ORDERS_MAX_QUEUE_WAIT_MS} (1000); see docs/decisions/0014.
 */
record ServerConfig(int port, Store store, Path dataDir, Optional<ExternalDatabase> database, JwtKeySetting jwt, Limits limits) {

    static final int DEFAULT_PORT = 8080;
    static final Path DEFAULT_DATA_DIR = Path.of("data");
    private static final int MIN_SECRET_BYTES = 32;

    /** Reads the configuration, or throws {@link InvalidConfiguration} naming every problem. */
    static ServerConfig parse(List<String> args, Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        Flags flags = Flags.parse(args, List.of("port", "store", "data-dir", "db-pool-size", "max-in-flight", "max-queued",
                "max-queue-wait-ms"), problems);

        int port = DEFAULT_PORT;
        Optional<String> portText = flags.value("port").or(() -> nonBlank(env, "ORDERS_PORT"));
        if (portText.isPresent()) {
            try {
                port = Integer.parseInt(portText.get().trim());
                if (port < 0 || port > 65535) {
                    problems.add("port: must be between 0 and 65535, got " + port);
                }
            } catch (NumberFormatException e) {
                problems.add("port: must be a number, got '" + portText.get() + "'");
            }
        }

        Store store = Store.EMBEDDED;
        Optional<String> storeText = flags.value("store").or(() -> nonBlank(env, "ORDERS_STORE"));
        if (storeText.isPresent()) {
            Optional<Store> named = Store.named(storeText.get().trim());
            if (named.isPresent()) {
                store = named.get();
            } else {
                problems.add("store: must be embedded, postgres or memory, got '" + storeText.get() + "'");
            }
        }

        Path dataDir = flags.value("data-dir").or(() -> nonBlank(env, "ORDERS_DATA_DIR")).map(Path::of).orElse(DEFAULT_DATA_DIR);
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            problems.add("data directory: " + dataDir + " exists and is not a directory");
        }

        Optional<ExternalDatabase> database = database(store, env, problems);
        JwtKeySetting jwt = jwt(env, problems);
        Limits limits = limits(flags, env, problems);

        if (!problems.isEmpty()) {
            throw new InvalidConfiguration(problems);
        }
        return new ServerConfig(port, store, dataDir, database, jwt, limits);
    }

    /**
     * The database pool's size and what the HTTP edge admits ({@link AdmissionLimits}): unset limits
     * follow the pool size ({@link AdmissionLimits#forPool}); {@code --max-in-flight=0} admits everything.
     */
    record Limits(int poolSize, AdmissionLimits admission) {

        static final int DEFAULT_POOL_SIZE = 10;

        static Limits defaults() {
            return new Limits(DEFAULT_POOL_SIZE, AdmissionLimits.forPool(DEFAULT_POOL_SIZE));
        }
    }

    private static Limits limits(Flags flags, Map<String, String> env, List<String> problems) {
        int poolSize = number(flags, env, "db-pool-size", "ORDERS_DB_POOL_SIZE", 1, 1000, problems)
                .orElse(Limits.DEFAULT_POOL_SIZE);
        AdmissionLimits derived = AdmissionLimits.forPool(Math.max(1, poolSize));
        int inFlight = number(flags, env, "max-in-flight", "ORDERS_MAX_IN_FLIGHT", 0, 100_000, problems).orElse(derived.maxInFlight());
        int queued = number(flags, env, "max-queued", "ORDERS_MAX_QUEUED", 0, 100_000, problems).orElse(derived.maxQueued());
        int waitMs = number(flags, env, "max-queue-wait-ms", "ORDERS_MAX_QUEUE_WAIT_MS", 0, 60_000, problems)
                .orElse((int) derived.maxQueueWait().toMillis());
        AdmissionLimits admission = inFlight == 0 ? AdmissionLimits.UNLIMITED
                : new AdmissionLimits(inFlight, queued, Duration.ofMillis(waitMs));
        return new Limits(poolSize, admission);
    }

    private static Optional<Integer> number(Flags flags, Map<String, String> env, String flag, String variable, int min, int max,
            List<String> problems) {
        Optional<String> text = flags.value(flag).or(() -> nonBlank(env, variable));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(text.get().trim());
            if (value < min || value > max) {
                problems.add(flag + ": must be between " + min + " and " + max + ", got " + value);
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            problems.add(flag + ": must be a number, got '" + text.get() + "'");
            return Optional.empty();
        }
    }

    private static Optional<ExternalDatabase> database(Store store, Map<String, String> env, List<String> problems) {
        Optional<String> url = nonBlank(env, "ORDERS_DATABASE_URL");
        Optional<String> user = nonBlank(env, "ORDERS_DATABASE_USER");
        Optional<String> password = Optional.ofNullable(env.get("ORDERS_DATABASE_PASSWORD"));
        Optional<String> migrationUser = nonBlank(env, "ORDERS_DATABASE_MIGRATION_USER");
        Optional<String> migrationPassword = Optional.ofNullable(env.get("ORDERS_DATABASE_MIGRATION_PASSWORD"));
        if (store != Store.POSTGRES) {
            if (url.isPresent()) {
                problems.add("ORDERS_DATABASE_URL is set but the store is " + store.flagValue()
                        + ": add --store=postgres to use it, or unset it");
            }
            return Optional.empty();
        }
        if (url.isEmpty()) {
            problems.add("store postgres: ORDERS_DATABASE_URL is missing (jdbc:postgresql://host:5432/database)");
        } else if (!url.get().startsWith("jdbc:postgresql:")) {
            problems.add("ORDERS_DATABASE_URL: must start with jdbc:postgresql:, got '" + url.get() + "'");
        }
        if (user.isEmpty()) {
            problems.add("store postgres: ORDERS_DATABASE_USER is missing (a login role that is a member of ordercore_app)");
        }
        if (password.isEmpty()) {
            problems.add("store postgres: ORDERS_DATABASE_PASSWORD is missing");
        }
        if (migrationUser.isPresent() != migrationPassword.isPresent()) {
            problems.add("ORDERS_DATABASE_MIGRATION_USER and ORDERS_DATABASE_MIGRATION_PASSWORD go together: set both or neither");
        }
        if (url.isEmpty() || user.isEmpty() || password.isEmpty()) {
            return Optional.empty();
        }
        Optional<ExternalDatabase.Credentials> migrator = migrationUser.isPresent() && migrationPassword.isPresent()
                ? Optional.of(new ExternalDatabase.Credentials(migrationUser.get(), migrationPassword.get()))
                : Optional.empty();
        return Optional.of(new ExternalDatabase(url.get(), user.get(), password.get(), migrator));
    }

    private static JwtKeySetting jwt(Map<String, String> env, List<String> problems) {
        Optional<String> secret = nonBlank(env, "ORDERS_JWT_HS256_SECRET");
        Optional<String> publicKey = nonBlank(env, "ORDERS_JWT_RS256_PUBLIC_KEY");
        if (secret.isPresent() && publicKey.isPresent()) {
            problems.add("ORDERS_JWT_HS256_SECRET and ORDERS_JWT_RS256_PUBLIC_KEY are both set: configure one key");
            return new JwtKeySetting.Generated();
        }
        if (secret.isPresent()) {
            try {
                byte[] bytes = Base64.getDecoder().decode(secret.get().trim());
                if (bytes.length < MIN_SECRET_BYTES) {
                    problems.add("ORDERS_JWT_HS256_SECRET: must decode to at least " + MIN_SECRET_BYTES + " bytes, got " + bytes.length);
                }
                return new JwtKeySetting.Hs256Secret(bytes);
            } catch (IllegalArgumentException e) {
                problems.add("ORDERS_JWT_HS256_SECRET: must be base64 (" + e.getMessage() + ")");
                return new JwtKeySetting.Generated();
            }
        }
        if (publicKey.isPresent()) {
            Path file = Path.of(publicKey.get());
            try {
                String pem = Files.readString(file);
                if (!pem.contains("-----BEGIN PUBLIC KEY-----")) {
                    problems.add("ORDERS_JWT_RS256_PUBLIC_KEY: " + file + " holds no PEM public key (-----BEGIN PUBLIC KEY-----)");
                }
                return new JwtKeySetting.Rs256PublicKey(pem);
            } catch (IOException e) {
                problems.add("ORDERS_JWT_RS256_PUBLIC_KEY: cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
                return new JwtKeySetting.Generated();
            }
        }
        return new JwtKeySetting.Generated();
    }

    static Optional<String> nonBlank(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }
}
