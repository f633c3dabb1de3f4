package dev.ordercore.domain.cases;

import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What happens to cases. */
public final class CaseEvents {

    private CaseEvents() {
    }

    public record CaseOpened(Case.State state, Instant occurredAt) implements DomainEvent {
        public TenantId tenant() { return state.tenant(); }

        public String aggregateType() { return "case"; }

        public String aggregateId() { return state.id().toString(); }

        public JsonObject payload() {
            return JsonObject.builder().put("caseId", state.id().toString()).put("title", state.title())
                    .put("tags", strings(state.tags().stream().map(CaseTag::name).toList())).put("by", state.createdBy()).build();
        }
    }

    public record CaseTagAdded(TenantId tenant, CaseId caseId, String tag, String by, Instant occurredAt) implements DomainEvent {
        public String aggregateType() { return "case"; }

        public String aggregateId() { return caseId.toString(); }

        public JsonObject payload() {
            return JsonObject.builder().put("caseId", caseId.toString()).put("tag", tag).put("by", by).build();
        }
    }

    public record CaseTagClosed(TenantId tenant, CaseId caseId, String tag, String by, Instant occurredAt) implements DomainEvent {
        public String aggregateType() { return "case"; }

        public String aggregateId() { return caseId.toString(); }

        public JsonObject payload() {
            return JsonObject.builder().put("caseId", caseId.toString()).put("tag", tag).put("by", by).build();
        }
    }

    public record CaseClosed(TenantId tenant, CaseId caseId, boolean forced, List<String> openTags, Optional<String> reason, String by,
                             Instant occurredAt) implements DomainEvent {
        public CaseClosed {
            openTags = List.copyOf(openTags);
        }

        public String aggregateType() { return "case"; }

        public String aggregateId() { return caseId.toString(); }

        public JsonObject payload() {
            JsonObject.Builder b = JsonObject.builder().put("caseId", caseId.toString()).put("forced", forced)
                    .put("openTags", strings(openTags)).put("by", by);
            reason.ifPresent(r -> b.put("reason", r));
            return b.build();
        }
    }

    private static JsonArray strings(List<String> values) {
        return new JsonArray(values.stream().<JsonValue>map(JsonString::new).toList());
    }
}
