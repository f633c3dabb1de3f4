package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ordercore.application.port.out.StoreUnavailableException;

import java.util.Map;

/**
 * The 503 every route of the tenant API may answer, put into the OpenAPI document once rather than
 * on each handler's {@code @OpenApi} annotation (javalin-openapi's annotations have no default
 * responses; its definition processor sees the whole generated document). A request is answered
 * 503 with {@code Retry-After} and a problem when the database is unreachable
 * ({@value ErrorMapping#STORE_UNAVAILABLE}), or when the server is past its capacity
 * ({@value LoadShedding#CODE}: the load-shedding queue is full, or no database connection came
 * free in time). The document gets the response and its header as components, and every
 * operation under {@code /api/} a {@code 503} that refers to them; a handler that documents a 503
 * of its own keeps it.
 */
final class ServiceUnavailableDoc {

    static final String RESPONSE = "ServiceUnavailable";
    static final String RETRY_AFTER = "Retry-After";
    /** The paths the 503 applies to: the tenant API, where {@link LoadShedding} sits and the store is used. */
    static final String API_PREFIX = "/api/";

    private ServiceUnavailableDoc() {
    }

    /** Adds the 503 to {@code document} in place and renders it, pretty as the plugin would. */
    static String addTo(ObjectNode document, ObjectMapper mapper) {
        ObjectNode components = document.withObjectProperty("components");
        components.withObjectProperty("headers").set(RETRY_AFTER, mapper.createObjectNode()
                .put("description", "Seconds to wait before retrying the request; with an intent id or an Idempotency-Key a retry is "
                        + "never carried out twice")
                .put("required", true)
                .set("schema", mapper.createObjectNode().put("type", "integer").put("minimum", 1)));
        ObjectNode examples = mapper.createObjectNode();
        for (StoreUnavailableException.Reason reason : StoreUnavailableException.Reason.values()) {
            Problem problem = ErrorMapping.storeUnavailable(reason);
            examples.set(problem.code(), mapper.createObjectNode().set("value", mapper.valueToTree(problem)));
        }
        ObjectNode problemJson = mapper.createObjectNode();
        problemJson.set("schema", mapper.createObjectNode().put("$ref", "#/components/schemas/Problem"));
        problemJson.set("examples", examples);
        ObjectNode response = mapper.createObjectNode().put("description", "Service unavailable, retry after Retry-After seconds: the "
                + "database is unreachable (" + ErrorMapping.STORE_UNAVAILABLE + "), or the server is past its capacity, its queue "
                + "full or no database connection free in time (" + LoadShedding.CODE + ")");
        response.set("headers", mapper.createObjectNode().set(RETRY_AFTER, mapper.createObjectNode()
                .put("$ref", "#/components/headers/" + RETRY_AFTER)));
        response.set("content", mapper.createObjectNode().set(Responses.PROBLEM_JSON, problemJson));
        components.withObjectProperty("responses").set(RESPONSE, response);

        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (!path.getKey().startsWith(API_PREFIX)) {
                continue;
            }
            path.getValue().forEach(operation -> {
                if (operation.path("responses") instanceof ObjectNode responses && !responses.has("503")) {
                    responses.set("503", mapper.createObjectNode().put("$ref", "#/components/responses/" + RESPONSE));
                }
            });
        }
        return document.toPrettyString();
    }
}
