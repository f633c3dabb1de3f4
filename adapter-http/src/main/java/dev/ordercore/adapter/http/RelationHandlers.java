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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
