package dev.ordercore.adapter.http;

import java.util.List;

/** Every relation of one entity, as {@code items}; not paged, since the use case answers them all. */
record RelationListResponse(List<RelationResponse> items) {
}
