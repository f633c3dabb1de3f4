package dev.ordercore.server;

import io.javalin.Javalin;
import io.javalin.http.Context;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * {@code GET /health}: the process answers. {@code GET /health/ready}: it can also reach its
 * database (a trivial query through the pool), else 503 problem+json. Both live outside the
 * tenant path and need no token.
 */
final class Health {

    private static final int QUERY_TIMEOUT_SECONDS = 2;

    private Health() {
    }

    static void register(Javalin app, Optional<DataSource> database) {
        app.get("/health", ctx -> up(ctx));
        app.get("/health/ready", ctx -> {
            if (database.isEmpty() || reachable(database.get())) {
                up(ctx);
            } else {
                ctx.status(503).header("Retry-After", "1").contentType("application/problem+json").result("""
                        {"type":"about:blank","title":"Service Unavailable","status":503,\
                        "detail":"the database is not reachable","code":"server.database_unreachable"}""");
            }
        });
    }

    private static void up(Context ctx) {
        ctx.status(200).contentType("application/json").result("{\"status\":\"UP\"}");
    }

    private static boolean reachable(DataSource database) {
        try (Connection c = database.getConnection(); var s = c.createStatement()) {
            s.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            return s.execute("select 1");
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
