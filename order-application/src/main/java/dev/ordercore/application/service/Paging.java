package dev.ordercore.application.service;

import dev.ordercore.application.port.out.EntryCursor;
import dev.ordercore.application.port.out.OrderCursor;
import dev.ordercore.domain.order.OrderId;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Violation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Cursor pagination: limits are 1-{@value #MAX_LIMIT}; cursors are opaque base64url strings that
 * name where the previous page ended. A cursor that does not decode is a violation, not an empty page.
 */
final class Paging {

    static final int MAX_LIMIT = 200;

    private Paging() {
    }

    static Optional<OrderError> checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            return Optional.of(new OrderError.ValidationFailed(List.of(new Violation("limit", "limit_out_of_range",
                    "limit is 1-" + MAX_LIMIT + ", got " + limit))));
        }
        return Optional.empty();
    }

    static String encode(OrderCursor cursor) {
        return encode(cursor.createdAt().getEpochSecond() + "." + cursor.createdAt().getNano() + "." + cursor.id());
    }

    static Result<Optional<OrderCursor>, OrderError> decodeOrderCursor(Optional<String> cursor) {
        return decode(cursor, text -> {
            String[] parts = text.split("\\.", 3);
            return new OrderCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), OrderId.of(parts[2]));
        });
    }

    static String encode(EntryCursor cursor) {
        return encode(cursor.recordedAt().getEpochSecond() + "." + cursor.recordedAt().getNano() + "." + cursor.sequence());
    }

    static Result<Optional<EntryCursor>, OrderError> decodeEntryCursor(Optional<String> cursor) {
        return decode(cursor, text -> {
            String[] parts = text.split("\\.", 3);
            return new EntryCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), Long.parseLong(parts[2]));
        });
    }

    static String encodeId(UUID id) {
        return encode(id.toString());
    }

    static <I> Result<Optional<I>, OrderError> decodeId(Optional<String> cursor, Function<UUID, I> toId) {
        return decode(cursor, text -> toId.apply(UUID.fromString(text)));
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static <C> Result<Optional<C>, OrderError> decode(Optional<String> cursor, Function<String, C> parse) {
        if (cursor.isEmpty()) {
            return Result.ok(Optional.empty());
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.get()), StandardCharsets.UTF_8);
            return Result.ok(Optional.of(parse.apply(text)));
        } catch (RuntimeException malformed) {
            return Result.err(new OrderError.ValidationFailed(List.of(new Violation("cursor", "invalid_cursor",
                    "cursor is not one this API handed out; start again without it"))));
        }
    }
}
