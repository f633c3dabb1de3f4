package dev.ordercore.adapter.http;

import dev.ordercore.application.OrderCore;
import dev.ordercore.application.port.in.CreateRelationCommand;
import dev.ordercore.application.port.in.DeleteRelationCommand;
import dev.ordercore.application.port.in.ListRelationsQuery;
import dev.ordercore.domain.relation.EntityRef;
import dev.ordercore.domain.relation.Relation;
import dev.ordercore.domain.relation.RelationId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.Violation;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Relations (seed 000, R26, R27): links between two entities with a type and metadata. References
 * the domain's {@link EntityRef} cannot hold are reported here, every one with its path, before the
 * use case is called; whether ordercore's own entities exist in the tenant is the use case's to say (422).
 */
final class RelationHandlers {

    private static final Set<String> LIST_PARAMETERS = Set.of("entityType", "entityId");

    private final OrderCore core;
    private final Authentication auth;
    private final RequestBodies bodies;
    private final Responses responses;

    RelationHandlers(OrderCore core, Authentication auth, RequestBodies bodies, Responses responses) {
        this.core = core;
        this.auth = auth;
        this.bodies = bodies;
        this.responses = responses;
    }

    /** 201 with the relation; no Location, since a relation is only listed by entity and deleted by id. */
    @OpenApi(path = HttpApi.BASE_PATH + "/relations", methods = HttpMethod.POST, tags = "Relations",
            summary = "Link two entities with metadata (seed 000)", operationId = "createRelation",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = RelationRequest.class)),
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "201", description = "Created", content = @OpenApiContent(from = RelationResponse.class)),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "409", description = "Refused in the resource's current state", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "413", description = "Body larger than the limit", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "422", description = "The order model refuses the content", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void create(Context ctx) {
        Caller caller = auth.caller(ctx);
        RelationRequest r = bodies.read(ctx, RelationRequest.class);
        List<Problem.FieldError> errors = new ArrayList<>();
        EntityRef source = ref(errors, "source", r.source());
        EntityRef target = ref(errors, "target", r.target());
        if (r.type() == null) {
            errors.add(new Problem.FieldError("type", "must not be null"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(400, "request.validation_failed", "The request is not valid",
                    errors.size() + (errors.size() == 1 ? " field is" : " fields are") + " not valid", errors));
        }
        Relation relation = Responses.orRefuse(core.createRelation().create(new CreateRelationCommand(caller.principal(), caller.tenant(),
                source, target, r.type(), r.metadata() == null ? null : JsonTrees.toDomain(r.metadata(), "metadata"))));
        responses.json(ctx, 201, RelationResponse.of(relation));
    }

    /** {@code ?entityType=&entityId=}, both required: every relation the entity is the source or target of. */
    @OpenApi(path = HttpApi.BASE_PATH + "/relations", methods = HttpMethod.GET, tags = "Relations",
            summary = "Every relation of one entity", operationId = "listRelations",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true)},
            queryParams = {@OpenApiParam(name = "entityType", type = String.class, description = "order, case or an external type", required = true),
                @OpenApiParam(name = "entityId", type = String.class, required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = RelationListResponse.class)),
                @OpenApiResponse(status = "400", description = "Malformed JSON, wrong types, unknown fields, missing fields or invalid parameters (request.*)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void list(Context ctx) {
        Caller caller = auth.caller(ctx);
        List<Problem.FieldError> errors = new ArrayList<>();
        OrderHandlers.onlyParameters(ctx, LIST_PARAMETERS, errors);
        String type = ctx.queryParam("entityType");
        String id = ctx.queryParam("entityId");
        List<Violation> violations = EntityRef.violations(type, id);
        Map<String, String> names = Map.of("type", "entityType", "id", "entityId");
        violations.forEach(v -> errors.add(new Problem.FieldError(names.getOrDefault(v.path(), v.path()), v.message())));
        OrderHandlers.refuseIfInvalid(errors);
        List<Relation> relations = Responses.orRefuse(core.listRelations().list(
                new ListRelationsQuery(caller.principal(), caller.tenant(), new EntityRef(type, id))));
        responses.json(ctx, 200, new RelationListResponse(relations.stream().map(RelationResponse::of).toList()));
    }

    /** 200 with the relation that was removed. */
    @OpenApi(path = HttpApi.BASE_PATH + "/relations/{relationId}", methods = HttpMethod.DELETE, tags = "Relations",
            summary = "Remove a relation", operationId = "deleteRelation",
            pathParams = {@OpenApiParam(name = "tenantId", description = "The tenant; the token must name it", required = true),
                @OpenApiParam(name = "relationId", type = UUID.class, required = true)},
            security = @OpenApiSecurity(name = HttpApi.BEARER),
            responses = {
                @OpenApiResponse(status = "200", description = "OK", content = @OpenApiContent(from = RelationResponse.class)),
                @OpenApiResponse(status = "401", description = "Missing, expired or badly signed token", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "403", description = "A role or module namespace the token does not grant (R36)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json")),
                @OpenApiResponse(status = "404", description = "Unknown tenant or id, or one of another tenant (R35)", content = @OpenApiContent(from = Problem.class, mimeType = "application/problem+json"))})
    void delete(Context ctx) {
        Caller caller = auth.caller(ctx);
        RelationId id = OrderHandlers.uuid(ctx, "relationId", EntityType.RELATION, RelationId::new);
        Relation removed = Responses.orRefuse(core.deleteRelation().delete(new DeleteRelationCommand(caller.principal(), caller.tenant(), id)));
        responses.json(ctx, 200, RelationResponse.of(removed));
    }

    /** The reference at {@code field}, or {@code null} with every reason it cannot be one added to {@code errors}. */
    private static EntityRef ref(List<Problem.FieldError> errors, String field, RelationRequest.EntityRefBody body) {
        if (body == null) {
            errors.add(new Problem.FieldError(field, "must not be null"));
            return null;
        }
        List<Violation> violations = EntityRef.violations(body.type(), body.id());
        violations.forEach(v -> errors.add(new Problem.FieldError(field + "." + v.path(), v.message())));
        return violations.isEmpty() ? new EntityRef(body.type(), body.id()) : null;
    }
}
