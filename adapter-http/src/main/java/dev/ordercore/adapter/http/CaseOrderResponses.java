package dev.ordercore.adapter.http;

import dev.ordercore.application.port.in.CaseOrder;

import java.util.List;
import java.util.UUID;

/** What seed 000's case-and-order endpoints answer. */
final class CaseOrderResponses {

    private CaseOrderResponses() {
    }

    /** {@code POST /cases/{caseId}/orders}: the order placed and the relation that links it to the case. */
    record Created(UUID orderId, String orderNumber, UUID relationId) {
    }

    /** {@code POST /orders/{orderId}/cases}: the case opened and the relation that links the order to it. */
    record CaseCreated(UUID caseId, UUID relationId) {
    }

    /** {@code GET /cases/{caseId}/orders}: every undeleted order of the case. */
    record Listed(List<Item> items) {
    }

    /** One order of a case, as seed 000 lists it, with the relation that links them. */
    record Item(UUID orderId, String orderNumber, String status, UUID relationId) {
        static Item of(CaseOrder o) {
            return new Item(o.order().id().value(), o.order().number().value(), o.order().state().status(), o.relation().id().value());
        }
    }
}
