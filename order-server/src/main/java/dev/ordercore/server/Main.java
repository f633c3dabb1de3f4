package dev.ordercore.server;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The composition root. {@code java -jar order-server.jar [--port N] [--store embedded|postgres|memory]
 * [--data-dir D]} runs the server; {@code java -jar order-server.jar token ...} mints a token
 * (see {@link TokenCommand}). Invalid configuration exits with {@value #EXIT_INVALID_CONFIGURATION}
 * after naming every problem.
 */
public final class Main {

    static final int EXIT_INVALID_CONFIGURATION = 2;
    static final int EXIT_FAILED_TO_START = 1;

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(List.of(args), System.getenv(), System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs one command; a started server keeps running on its own threads (stopped by its shutdown hook). */
    static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (!args.isEmpty() && args.get(0).equals("token")) {
            return TokenCommand.run(args.subList(1, args.size()), env, out, err, Clock.systemUTC());
        }
        ServerConfig config;
        try {
            config = ServerConfig.parse(args, env);
        } catch (InvalidConfiguration e) {
            err.println("ordercore: invalid configuration:");
            e.problems().forEach(p -> err.println("  - " + p));
            return EXIT_INVALID_CONFIGURATION;
        }
        Instant started = Instant.now();
        OrderServer server;
        try {
            server = OrderServer.start(config, Clock.systemUTC());
        } catch (RuntimeException e) {
            err.println("ordercore: the server did not start: " + describe(e));
            return EXIT_FAILED_TO_START;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "ordercore-shutdown"));
        out.println("ordercore listening on http://localhost:" + server.port() + " (store: " + config.store().flagValue()
                + ", data directory: " + config.dataDir().toAbsolutePath().normalize() + ", started in "
                + Duration.between(started, Instant.now()).toMillis() + " ms)");
        server.adminToken().ifPresent(token -> {
            out.println((server.adminTokenWritten() ? "admin token for tenant '" + OrderServer.DEFAULT_TENANT + "' written to "
                    : "admin token for tenant '" + OrderServer.DEFAULT_TENANT + "' (from the first start): ") + token);
            out.println("try: curl -H \"Authorization: Bearer $(cat " + token + ")\" http://localhost:" + server.port()
                    + "/api/v1/tenants/" + OrderServer.DEFAULT_TENANT + "/orders");
        });
        return 0;
    }

    private static String describe(Throwable e) {
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                message.append(": ").append(cause.getMessage());
            }
        }
        return message.toString();
    }
}
