package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ordercore.application.port.out.StoreUnavailableException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The 503 added to the OpenAPI document: on the tenant API's operations only, and never over a 503 a handler documents itself. */
class ServiceUnavailableDocTest {

    private final ObjectMapper mapper = Json.mapper();

    @Test
    void the_shared_503_goes_on_api_operations_without_one_and_nowhere_else() throws Exception {
        ObjectNode document = (ObjectNode) mapper.readTree("""
                {"openapi": "3.0.3",
                 "paths": {
                   "/api/v1/tenants/{tenantId}/orders": {
                     "get": {"responses": {"200": {"description": "OK"}}},
                     "post": {"responses": {"503": {"description": "its own"}}}},
                   "/health": {"get": {"responses": {"200": {"description": "OK"}}}}},
                 "components": {"schemas": {"Problem": {"type": "object"}}}}""");

        JsonNode served = mapper.readTree(ServiceUnavailableDoc.addTo(document, mapper));

        assertThat(served).isEqualTo(document);
        assertThat(served.path("paths")).isEqualTo(mapper.readTree("""
                {"/api/v1/tenants/{tenantId}/orders": {
                   "get": {"responses": {"200": {"description": "OK"}, "503": {"$ref": "#/components/responses/ServiceUnavailable"}}},
                   "post": {"responses": {"503": {"description": "its own"}}}},
                 "/health": {"get": {"responses": {"200": {"description": "OK"}}}}}"""));
        assertThat(served.path("components").path("schemas")).isEqualTo(mapper.readTree("{\"Problem\": {\"type\": \"object\"}}"));
        assertThat(served.at("/components/responses/ServiceUnavailable/headers/Retry-After/$ref").asText())
                .isEqualTo("#/components/headers/Retry-After");
        assertThat(served.at("/components/headers/Retry-After/schema")).isEqualTo(mapper.readTree("{\"type\": \"integer\", \"minimum\": 1}"));
        assertThat(served.at("/components/responses/ServiceUnavailable/content/application~1problem+json/examples/server.overloaded/value"))
                .isEqualTo(mapper.valueToTree(ErrorMapping.storeUnavailable(
                        StoreUnavailableException.Reason.BUSY)));
    }
}
