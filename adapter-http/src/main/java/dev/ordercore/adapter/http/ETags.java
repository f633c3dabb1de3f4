package dev.ordercore.adapter.http;

import io.javalin.http.Context;
import io.javalin.http.Header;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A versioned resource's ETag is its version in quotes ({@code "3"}). State changes require
 * If-Match (428 without it): {@code *} accepts any version, {@code "N"} asks for version N, and
 * anything else can never match (412), as can a stale version (the use case refuses it).
 */
final class ETags {

    private static final Pattern STRONG = Pattern.compile("\"(\\d{1,18})\"");

    private ETags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    static Optional<Long> ifMatch(Context ctx) {
        String header = ctx.header(Header.IF_MATCH);
        if (header == null || header.isBlank()) {
            throw new ProblemException(Problem.of(428, "concurrency.if_match_required", "Precondition required",
                    "send If-Match with the ETag you read, such as If-Match: \"3\""));
        }
        String value = header.trim();
        if (value.equals("*")) {
            return Optional.empty();
        }
        Matcher m = STRONG.matcher(value);
        if (!m.matches()) {
            throw new ProblemException(Problem.of(412, "concurrency.precondition_failed", "Precondition failed",
                    "If-Match " + value + " matches no version of this resource; send the ETag you read, such as \"3\""));
        }
        return Optional.of(Long.parseLong(m.group(1)));
    }
}
