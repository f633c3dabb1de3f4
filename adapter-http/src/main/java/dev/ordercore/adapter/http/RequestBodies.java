package dev.ordercore.adapter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reads a request body into a DTO: bounded by the body limit (413), parsed strictly (400 with the
 * JSON path of what is wrong) and checked with Jakarta Validation (400 listing every violation).
 */
final class RequestBodies {

    private final ObjectMapper mapper;
    private final Validator validator;
    private final long maxBodyBytes;

    RequestBodies(ObjectMapper mapper, Validator validator, long maxBodyBytes) {
        this.mapper = mapper;
        this.validator = validator;
        this.maxBodyBytes = maxBodyBytes;
    }

    <T> T read(Context ctx, Class<T> type) {
        return read(bytes(ctx), type);
    }

    /** Like {@link #read(Context, Class)}, for a body already read with {@link #bytes}. */
    <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw new ProblemException(Problem.of(400, "request.malformed_json", "Malformed JSON",
                    "the request has no body; a JSON object is expected"));
        }
        return checked(parse(body, type));
    }

    /** Like {@link #read}, for a body that may be left out entirely: no bytes at all read as {@code absent}. */
    <T> T readOptional(Context ctx, Class<T> type, T absent) {
        byte[] body = bytes(ctx);
        return body.length == 0 ? absent : checked(parse(body, type));
    }

    /** The body as one JSON document of any shape, for requests that pass it on as it came (an intent). */
    JsonNode tree(Context ctx) {
        byte[] body = bytes(ctx);
        if (body.length == 0) {
            throw new ProblemException(Problem.of(400, "request.malformed_json", "Malformed JSON",
                    "the request has no body; a JSON object is expected"));
        }
        return tree(body);
    }

    private <T> T checked(T value) {
        List<Problem.FieldError> errors = validate(value);
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(400, "request.validation_failed", "The request is not valid",
                    errors.size() + (errors.size() == 1 ? " field is" : " fields are") + " not valid", errors));
        }
        return value;
    }

    /** The body, read up to the limit; a larger one (whatever its Content-Length says) is refused. */
    byte[] bytes(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBodyBytes) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > maxBodyBytes) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the request body failed", e);
        }
    }

    private ProblemException tooLarge() {
        return new ProblemException(Problem.of(413, "request.body_too_large", "Request body too large",
                "the body is larger than " + maxBodyBytes + " bytes"));
    }

    /**
     * Two steps, so the answer says which kind of wrong it is: the bytes must be one JSON document
     * (else {@code request.malformed_json}), then the document must fit the request's shape (else
     * {@code request.unknown_field} or {@code request.wrong_type}, with the JSON path).
     */
    private <T> T parse(byte[] body, Class<T> type) {
        JsonNode tree = tree(body);
        try {
            return mapper.treeToValue(tree, type);
        } catch (UnrecognizedPropertyException e) {
            String path = path(e);
            throw new ProblemException(Problem.of(400, "request.unknown_field", "Unknown field",
                    "'" + path + "' is not a field of this request",
                    List.of(new Problem.FieldError(path, "unknown field; known fields here: " + e.getKnownPropertyIds()))));
        } catch (JsonMappingException e) {
            String path = path(e);
            String where = path.isEmpty() ? "the body" : "'" + path + "'";
            throw new ProblemException(Problem.of(400, "request.wrong_type", "Wrong type",
                    where + " has the wrong type or an unreadable value",
                    List.of(new Problem.FieldError(path, "expected " + expected(e)))));
        } catch (JsonProcessingException e) {
            throw new ProblemException(Problem.of(400, "request.malformed_json", "Malformed JSON", "the body is not valid JSON"));
        }
    }

    private JsonNode tree(byte[] body) {
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ProblemException(Problem.of(400, "request.malformed_json", "Malformed JSON",
                    "the body is not one valid JSON document" + (at == null ? ""
                            : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")));
        } catch (NumberFormatException e) {
            // valid JSON, but a number whose exponent BigDecimal cannot hold, such as 1e-2147483648
            throw new ProblemException(Problem.of(400, "request.unrepresentable_json", "Unrepresentable JSON",
                    "the body holds a number that cannot be read: its exponent is out of range"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new ProblemException(Problem.of(400, "request.malformed_json", "Malformed JSON",
                    "the body holds no JSON value; a JSON object is expected"));
        }
        illFormedText(tree, "").ifPresent(path -> {
            throw new ProblemException(Problem.of(400, "request.unrepresentable_json", "Unrepresentable JSON",
                    (path.isEmpty() ? "the body" : "'" + path + "'") + " holds text that is not well-formed Unicode (a lone surrogate escape)",
                    List.of(new Problem.FieldError(path, "a lone surrogate cannot be stored or hashed"))));
        });
        return tree;
    }

    /**
     * The path of the first string or member name holding a lone UTF-16 surrogate ({@code "\ud800"}
     * is valid JSON, but no UTF-8 store or canonical hash can carry it); empty when there is none.
     */
    private static java.util.Optional<String> illFormedText(JsonNode node, String path) {
        if (node.isTextual()) {
            return wellFormed(node.textValue()) ? java.util.Optional.empty() : java.util.Optional.of(path);
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                java.util.Optional<String> found = illFormedText(node.get(i), path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (node.isObject()) {
            for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                java.util.Map.Entry<String, JsonNode> member = it.next();
                if (!wellFormed(member.getKey())) {
                    return java.util.Optional.of(path); // the object holding the name: the name itself cannot be written back
                }
                String at = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
                java.util.Optional<String> found = illFormedText(member.getValue(), at);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String expected(JsonMappingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null) {
            Class<?> t = m.getTargetType();
            if (t.isEnum()) {
                return "one of " + java.util.Arrays.toString(t.getEnumConstants());
            }
            return describe(t);
        }
        return "a value of another type";
    }

    private static String describe(Class<?> t) {
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class) {
            return "an integer";
        }
        if (t == java.math.BigDecimal.class) {
            return "a decimal number as a string, such as \"150.00\"";
        }
        if (t == Boolean.class || t == boolean.class) {
            return "true or false";
        }
        if (t == String.class) {
            return "a string";
        }
        if (t == java.util.UUID.class) {
            return "a UUID string";
        }
        if (t == java.time.LocalDate.class) {
            return "an ISO-8601 date such as 2026-02-01";
        }
        if (java.util.Collection.class.isAssignableFrom(t)) {
            return "an array";
        }
        return "an object";
    }

    /** The JSON path of a mapping failure, such as {@code lineItems[1].quantity}. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private <T> List<Problem.FieldError> validate(T value) {
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        return violations.stream()
                .map(v -> new Problem.FieldError(path(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
    }

    /** A Jakarta Validation path as a JSON path: {@code lineItems[0].quantity}. */
    static String path(Path propertyPath) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.isInIterable()) {
                path.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getKind() != ElementKind.BEAN
                    && node.getName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        return path.toString();
    }
}
