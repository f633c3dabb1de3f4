package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.in.CreateOrderFromCaseCommand;
import dev.ordercore.application.port.in.CreateOrderFromCaseUseCase;
import dev.ordercore.application.port.in.OrderFromCase;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.cases.CaseStatus;
import dev.ordercore.domain.cases.CaseTag;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.relation.EntityRef;
import dev.ordercore.domain.relation.Relation;
import dev.ordercore.domain.relation.RelationEvents;
import dev.ordercore.domain.relation.RelationId;
import dev.ordercore.domain.relation.RelationType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.Uuids;
import dev.ordercore.domain.shared.Violation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Seed 000's "case leads to order": places the order, links case → order with
 * {@code ordre_oprettet} and metadata naming the order, and closes the tag the order answers,
 * all in one transaction (R28). If any part is refused, none of it is stored; a tag that cannot be
 * closed is reported together with the order's own violations. The case is locked while the
 * order is placed, so it cannot close in between.
 */
public final class CreateOrderFromCaseService implements CreateOrderFromCaseUseCase {

    private final OrderCorePorts ports;
    private final Uuids uuids;
    private final Transactions transactions;
    private final Entities entities;
    private final CaseCommands cases;
    private final PlaceOrderService placing;

    public CreateOrderFromCaseService(OrderCorePorts ports, Uuids uuids, PlaceOrderService placing) {
        this.ports = ports;
        this.uuids = uuids;
        this.transactions = new Transactions(ports.transactions());
        this.entities = new Entities(ports);
        this.cases = new CaseCommands(ports);
        this.placing = placing;
    }

    @Override
    public Result<OrderFromCase, OrderError> create(CreateOrderFromCaseCommand c) {
        Result<?, OrderError> mayWorkCases = c.principal().may(c.tenant(), Permission.WORK_CASES);
        if (mayWorkCases.isErr()) {
            return Result.err(mayWorkCases.error());
        }
        return c.principal().may(c.tenant(), Permission.WRITE_ORDERS).flatMap(p -> transactions.runRetrying(Optional.empty(), () ->
                entities.lockCase(c.tenant(), c.caseId()).flatMap(loaded -> {
                    if (loaded.status() == CaseStatus.CLOSED) {
                        return Result.err(new OrderError.CaseClosed(loaded.id().toString()));
                    }
                    Instant now = ports.clock().instant();
                    Optional<Violation> tagProblem = c.closesTag().flatMap(tag -> tagProblem(loaded, tag));
                    Result<Order, OrderError> placed = placing.placeInTransaction(c.tenant(), p, c.draft());
                    if (tagProblem.isPresent()) {
                        return Result.err(withViolation(placed, tagProblem.get()));
                    }
                    return placed.flatMap(order -> {
                        Case.Change caseChange = c.closesTag().map(tag -> loaded.closeTag(tag, p, now).value())
                                .orElse(new Case.Change(loaded, List.of()));
                        Relation relation = new Relation(RelationId.next(uuids), c.tenant(), EntityRef.ofCase(loaded.id().value()),
                                EntityRef.order(order.id().value()), RelationType.ORDER_CREATED, metadata(order, c.closesTag()), now,
                                p.subject());
                        ports.relations().insert(relation);
                        ports.outbox().append(List.of(new RelationEvents.RelationCreated(relation)));
                        if (caseChange.after() != loaded) {
                            cases.store(loaded, caseChange);
                        }
                        return Result.ok(new OrderFromCase(order, relation, caseChange.after()));
                    });
                })));
    }

    /** The tag to close must be one of the case's open tags; reported with the order's own violations. */
    private static Optional<Violation> tagProblem(Case aCase, String tag) {
        Optional<CaseTag> found = aCase.tag(tag);
        if (found.isEmpty()) {
            return Optional.of(new Violation("closesTag", "unknown_tag", "case " + aCase.id() + " has no tag '" + tag + "'"));
        }
        if (!found.get().isOpen()) {
            return Optional.of(new Violation("closesTag", "tag_closed", "tag '" + tag + "' of case " + aCase.id()
                    + " was closed already by " + found.get().closedBy().orElseThrow()));
        }
        return Optional.empty();
    }

    private static OrderError withViolation(Result<Order, OrderError> placed, Violation tagProblem) {
        List<Violation> all = new ArrayList<>();
        if (placed.isErr() && placed.error() instanceof OrderError.ValidationFailed failed) {
            all.addAll(failed.violations());
        } else if (placed.isErr()) {
            return placed.error();
        }
        all.add(tagProblem);
        return new OrderError.ValidationFailed(all);
    }

    private static JsonObject metadata(Order order, Optional<String> closesTag) {
        JsonObject.Builder b = JsonObject.builder().put("orderId", order.id().toString()).put("orderNumber", order.number().value());
        closesTag.ifPresent(tag -> b.put("closedTag", tag));
        return b.build();
    }
}
