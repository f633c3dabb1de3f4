package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordercore.domain.relation.EntityRef;
import dev.ordercore.domain.relation.Relation;

import java.time.Instant;
import java.util.UUID;
import io.javalin.openapi.OpenApiPropertyType;

/** A relation as the API shows it. */
record RelationResponse(UUID id, RelationRequest.EntityRefBody source, RelationRequest.EntityRefBody target, String type,
                        @OpenApiPropertyType(definedBy = Object.class) JsonNode metadata, Instant createdAt, String createdBy) {

    static RelationResponse of(Relation r) {
        return new RelationResponse(r.id().value(), ref(r.source()), ref(r.target()), r.type().value(),
                JsonTrees.toJackson(r.metadata()), r.createdAt(), r.createdBy());
    }

    private static RelationRequest.EntityRefBody ref(EntityRef ref) {
        return new RelationRequest.EntityRefBody(ref.type(), ref.id());
    }
}
