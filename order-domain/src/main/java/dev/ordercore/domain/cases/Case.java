package dev.ordercore.domain.cases;

import dev.ordercore.domain.shared.Text;
import dev.ordercore.domain.access.Permission;
import dev.ordercore.domain.access.Principal;
import dev.ordercore.domain.shared.DomainEvent;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.Namespace;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Reason;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violation;
import dev.ordercore.domain.shared.Violations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A process (seed 000's sag): a title and tags that represent responsibilities, each closed as
 * the work is done. A case closes only when all its tags are closed, unless forced (R29). Cases
 * know nothing of orders: relations link them (R26).
 */
public final class Case {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TAGS = 50;

    /** Everything a case is, as stores save and load it. */
    public record State(CaseId id, TenantId tenant, String title, List<CaseTag> tags, CaseStatus status, Instant createdAt,
                        String createdBy, Optional<Instant> closedAt, Optional<String> closedBy, Optional<String> closeReason,
                        boolean forced, long version) {
        public State {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(title, "title");
            tags = List.copyOf(tags);
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(createdBy, "createdBy");
            Objects.requireNonNull(closedAt, "closedAt");
            Objects.requireNonNull(closedBy, "closedBy");
            Objects.requireNonNull(closeReason, "closeReason");
        }
    }

    /** A case after a command, and the events the command caused. */
    public record Change(Case after, List<DomainEvent> events) {
        public Change {
            Objects.requireNonNull(after, "after");
            events = List.copyOf(events);
        }
    }

    private final State state;

    private Case(State state) {
        this.state = state;
        Set<String> names = new HashSet<>();
        for (CaseTag tag : state.tags()) {
            if (!names.add(tag.name())) {
                throw new IllegalArgumentException("case " + state.id() + " has tag " + tag.name() + " twice");
            }
        }
        if (state.version() < 1) {
            throw new IllegalArgumentException("case " + state.id() + " has version " + state.version());
        }
        if ((state.status() == CaseStatus.CLOSED) != state.closedAt().isPresent()) {
            throw new IllegalArgumentException("case " + state.id() + " is " + state.status() + " but closedAt is " + state.closedAt());
        }
    }

    public static Case rehydrate(State state) {
        return new Case(Objects.requireNonNull(state, "state"));
    }

    /** Opens a case with a title and tags; every violation is reported. {@code null} inputs count as missing. */
    public static Result<Change, OrderError> open(CaseId id, TenantId tenant, String title, List<String> tags, Principal actor, Instant now) {
        Violations v = new Violations();
        if (title == null) {
            v.add("title", "required", "title is required");
        } else if (title.isBlank()) {
            v.add("title", "blank", "title must not be blank");
        } else if (title.length() > MAX_TITLE) {
            v.add("title", "too_long", "title has at most " + MAX_TITLE + " characters");
        } else if (!Text.storable(title)) {
            Text.unstorable(v, "title");
        }
        List<String> names = tags == null ? List.of() : tags;
        checkTags(v, names);
        if (!v.isEmpty()) {
            return v.toResult(null);
        }
        Case opened = new Case(new State(id, tenant, title.strip(), names.stream().map(CaseTag::open).toList(), CaseStatus.OPEN, now,
                actor.subject(), Optional.empty(), Optional.empty(), Optional.empty(), false, 1));
        return Result.ok(new Change(opened, List.of(new CaseEvents.CaseOpened(opened.state, now))));
    }

    /** Adds a tag to an open case (seed 000: the case continues with tag 'installation'). */
    public Result<Change, OrderError> addTag(String tag, Principal actor, Instant now) {
        if (state.status() == CaseStatus.CLOSED) {
            return Result.err(new OrderError.CaseClosed(state.id().toString()));
        }
        Violations v = new Violations();
        checkTags(v, List.of(tag == null ? "" : tag));
        if (!v.isEmpty()) {
            return Result.err(new OrderError.ValidationFailed(v.toList().stream()
                    .map(x -> new Violation("tag", x.code(), x.message())).toList()));
        }
        if (tag(tag).isPresent()) {
            return Result.err(new OrderError.AlreadyExists(EntityType.CASE_TAG, "name " + tag));
        }
        if (state.tags().size() >= MAX_TAGS) {
            return Result.err(new OrderError.ValidationFailed(List.of(new Violation("tag", "too_many_tags",
                    "a case has at most " + MAX_TAGS + " tags"))));
        }
        List<CaseTag> tags = new ArrayList<>(state.tags());
        tags.add(CaseTag.open(tag));
        Case next = with(tags, state.status(), state.closedAt(), state.closedBy(), state.closeReason(), state.forced());
        return Result.ok(new Change(next, List.of(new CaseEvents.CaseTagAdded(state.tenant(), state.id(), tag, actor.subject(), now))));
    }

    /** Closes one tag; closing a closed tag or a tag of a closed case is refused. */
    public Result<Change, OrderError> closeTag(String tag, Principal actor, Instant now) {
        if (state.status() == CaseStatus.CLOSED) {
            return Result.err(new OrderError.CaseClosed(state.id().toString()));
        }
        Optional<CaseTag> found = tag(tag);
        if (found.isEmpty()) {
            return Result.err(new OrderError.NotFound(EntityType.CASE_TAG, tag + " on case " + state.id()));
        }
        if (!found.get().isOpen()) {
            return Result.err(new OrderError.CaseTagAlreadyClosed(state.id().toString(), tag, found.get().closedBy().orElseThrow()));
        }
        List<CaseTag> tags = state.tags().stream().map(t -> t.name().equals(tag) ? t.closed(actor.subject(), now) : t).toList();
        Case next = with(tags, state.status(), state.closedAt(), state.closedBy(), state.closeReason(), state.forced());
        return Result.ok(new Change(next, List.of(new CaseEvents.CaseTagClosed(state.tenant(), state.id(), tag, actor.subject(), now))));
    }

    /**
     * R29: closes the case when every tag is closed. With open tags it closes only when forced by
     * a principal allowed to override, with a reason; the forced close records who and why.
     */
    public Result<Change, OrderError> close(boolean force, Optional<String> reason, Principal actor, Instant now) {
        if (state.status() == CaseStatus.CLOSED) {
            return Result.err(new OrderError.CaseClosed(state.id().toString()));
        }
        List<String> open = state.tags().stream().filter(CaseTag::isOpen).map(CaseTag::name).toList();
        Optional<String> why = reason.map(String::strip).filter(r -> !r.isEmpty());
        Optional<Violation> tooLong = Reason.violation("reason", why);
        if (tooLong.isPresent()) {
            return Result.err(new OrderError.ValidationFailed(List.of(tooLong.get())));
        }
        boolean forced = false;
        if (!open.isEmpty()) {
            if (!force) {
                return Result.err(new OrderError.CaseTagsOpen(state.id().toString(), open));
            }
            if (!actor.has(Permission.OVERRIDE.minimumRole())) {
                return Result.err(new OrderError.Forbidden("force-close a case with open tags", "needs the "
                        + Permission.OVERRIDE.minimumRole().name().toLowerCase(Locale.ROOT) + " role"));
            }
            if (why.isEmpty()) {
                return Result.err(new OrderError.ValidationFailed(List.of(new Violation("reason", "reason_required",
                        "closing a case with open tags says why (R29)"))));
            }
            forced = true;
        }
        Case next = with(state.tags(), CaseStatus.CLOSED, Optional.of(now), Optional.of(actor.subject()), why, forced);
        return Result.ok(new Change(next, List.of(new CaseEvents.CaseClosed(state.tenant(), state.id(), forced, open, why,
                actor.subject(), now))));
    }

    public State state() {
        return state;
    }

    public CaseId id() {
        return state.id();
    }

    public TenantId tenant() {
        return state.tenant();
    }

    public String title() {
        return state.title();
    }

    public CaseStatus status() {
        return state.status();
    }

    public long version() {
        return state.version();
    }

    public List<CaseTag> tags() {
        return state.tags();
    }

    public Optional<CaseTag> tag(String name) {
        return state.tags().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Case other && state.equals(other.state);
    }

    @Override
    public int hashCode() {
        return state.hashCode();
    }

    @Override
    public String toString() {
        return "Case[" + state.id() + " '" + state.title() + "' " + state.status() + " v" + state.version() + "]";
    }

    private Case with(List<CaseTag> tags, CaseStatus status, Optional<Instant> closedAt, Optional<String> closedBy,
                      Optional<String> closeReason, boolean forced) {
        State s = state;
        return new Case(new State(s.id(), s.tenant(), s.title(), tags, status, s.createdAt(), s.createdBy(), closedAt, closedBy,
                closeReason, forced, s.version() + 1));
    }

    private static void checkTags(Violations v, List<String> names) {
        if (names.size() > MAX_TAGS) {
            v.add("tags", "too_many_tags", "a case has at most " + MAX_TAGS + " tags");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!Namespace.isValid(name)) {
                v.at("tags", i).here("invalid_tag", "a tag is 1-" + Namespace.MAX_LENGTH + " of [a-z0-9_], such as quote_needed");
            } else if (!seen.add(name)) {
                v.at("tags", i).here("duplicate_tag", "tag '" + name + "' is listed twice");
            }
        }
    }
}
