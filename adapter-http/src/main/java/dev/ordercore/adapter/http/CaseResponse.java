package dev.ordercore.adapter.http;

import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.cases.CaseTag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A case as the API shows it; absent values are {@code null}. */
record CaseResponse(
        UUID id,
        String title,
        String status,
        long version,
        List<TagResponse> tags,
        Instant createdAt,
        String createdBy,
        Instant closedAt,
        String closedBy,
        String closeReason,
        boolean forced) {

    /** A tag, open or closed by someone at some time. */
    record TagResponse(String name, boolean open, String closedBy, Instant closedAt) {
    }

    static CaseResponse of(Case c) {
        Case.State s = c.state();
        return new CaseResponse(s.id().value(), s.title(), s.status().name(), s.version(),
                s.tags().stream().map(CaseResponse::tag).toList(), s.createdAt(), s.createdBy(), s.closedAt().orElse(null),
                s.closedBy().orElse(null), s.closeReason().orElse(null), s.forced());
    }

    private static TagResponse tag(CaseTag t) {
        return new TagResponse(t.name(), t.isOpen(), t.closedBy().orElse(null), t.closedAt().orElse(null));
    }
}
