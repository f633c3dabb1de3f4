package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.openapi.OpenApiPropertyType;

/**
 * The body of {@code POST /relations} (seed 000): a source and a target, each a {@code {type, id}}
 * reference, a relation type such as {@code ordre_oprettet} and optional JSON metadata. Nothing is
 * annotated as required: {@link RelationHandlers} checks the two references and the type together,
 * so a body with several gaps hears about all of them at once.
 */
record RelationRequest(EntityRefBody source, EntityRefBody target, String type, @OpenApiPropertyType(definedBy = Object.class) ObjectNode metadata) {

    /** One end of a relation as the API spells it: {@code order} and {@code case} ids are UUIDs, other types are external. */
    record EntityRefBody(String type, String id) {
    }
}
