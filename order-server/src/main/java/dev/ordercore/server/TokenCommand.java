package dev.ordercore.server;

import dev.ordercore.domain.access.Role;
import dev.ordercore.domain.shared.TenantId;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code token --data-dir D --tenant T --roles operator --modules inventory,billing [--ttl 1h] [--subject S]}:
 * mints a token with the server's HS256 key (ORDERS_JWT_HS256_SECRET if set, else the one
 * generated into the data directory) and prints it. For development and tests; in production
 * tokens come from the identity provider.
 */
final class TokenCommand {

    static final Duration DEFAULT_TTL = Duration.ofHours(1);
    private static final List<String> FLAGS = List.of("data-dir", "tenant", "roles", "modules", "ttl", "subject");

    private TokenCommand() {
    }

    static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err, Clock clock) {
        List<String> problems = new ArrayList<>();
        Flags flags = Flags.parse(args, FLAGS, problems);

        List<String> tenants = list(flags.value("tenant"));
        if (tenants.isEmpty()) {
            problems.add("--tenant is missing (one tenant id, or several separated by commas)");
        }
        for (String tenant : tenants) {
            try {
                TenantId.of(tenant);
            } catch (IllegalArgumentException e) {
                problems.add("--tenant: '" + tenant + "' is not a tenant id (" + e.getMessage() + ")");
            }
        }
        List<String> roles = list(flags.value("roles"));
        if (roles.isEmpty()) {
            problems.add("--roles is missing (viewer, operator or admin)");
        }
        for (String role : roles) {
            if (Arrays.stream(Role.values()).noneMatch(r -> r.name().equalsIgnoreCase(role))) {
                problems.add("--roles: '" + role + "' is not a role (viewer, operator or admin)");
            }
        }
        List<String> modules = list(flags.value("modules"));
        Duration ttl = DEFAULT_TTL;
        if (flags.value("ttl").isPresent()) {
            Optional<Duration> parsed = Durations.parse(flags.value("ttl").get());
            if (parsed.isEmpty()) {
                problems.add("--ttl: '" + flags.value("ttl").get() + "' is not a positive duration (30m, 1h, 7d or PT1H)");
            } else {
                ttl = parsed.get();
            }
        }
        Optional<byte[]> secret = secret(flags, env, problems);

        if (!problems.isEmpty()) {
            err.println("token: cannot mint a token:");
            problems.forEach(p -> err.println("  - " + p));
            return Main.EXIT_INVALID_CONFIGURATION;
        }
        String subject = flags.value("subject").orElse("token-cli");
        List<String> lowerRoles = roles.stream().map(r -> r.toLowerCase(Locale.ROOT)).toList();
        out.println(new TokenMinter(secret.orElseThrow(), clock).mint(subject, tenants, lowerRoles, modules, ttl));
        return 0;
    }

    private static Optional<byte[]> secret(Flags flags, Map<String, String> env, List<String> problems) {
        Optional<String> configured = ServerConfig.nonBlank(env, "ORDERS_JWT_HS256_SECRET");
        if (configured.isPresent()) {
            try {
                return Optional.of(Base64.getDecoder().decode(configured.get().trim()));
            } catch (IllegalArgumentException e) {
                problems.add("ORDERS_JWT_HS256_SECRET: must be base64");
                return Optional.empty();
            }
        }
        Path dir = flags.value("data-dir").or(() -> ServerConfig.nonBlank(env, "ORDERS_DATA_DIR")).map(Path::of)
                .orElse(ServerConfig.DEFAULT_DATA_DIR);
        Optional<byte[]> generated = DataDirectory.existing(dir).existingJwtSecret();
        if (generated.isEmpty()) {
            problems.add("no key: " + dir.toAbsolutePath().normalize().resolve(DataDirectory.JWT_SECRET)
                    + " does not exist (start the server once with this --data-dir, or set ORDERS_JWT_HS256_SECRET)");
        }
        return generated;
    }

    private static List<String> list(Optional<String> value) {
        return value.map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()).orElse(List.of());
    }
}
