package dev.ordercore.domain.shared;

import java.util.List;
import java.util.Objects;

/**
 * An expected refusal: the command was understood and said no, and nothing changed. Each error
 * has a stable {@link #code()} that clients may branch on and a {@link #kind()} that tells an
 * adapter which family of answer it is (an HTTP adapter maps kinds to status codes).
 */
public sealed interface OrderError {

    /** A stable, dotted identifier such as {@code order.transition_not_allowed}. */
    String code();

    /** A sentence for people. */
    String message();

    Kind kind();

    enum Kind {
        /** The input breaks the model's rules; every violation is listed. */
        INVALID,
        /** No such thing for this tenant (R35: another tenant's id looks exactly like an unknown one). */
        NOT_FOUND,
        /** The principal may not do this (R36). */
        FORBIDDEN,
        /** The request clashes with what is stored (a duplicate, a different payload under the same key). */
        CONFLICT,
        /** The caller's copy is out of date (optimistic concurrency). */
        STALE,
        /** A business rule refuses the change in the current state. */
        REFUSED
    }

    record ValidationFailed(List<Violation> violations) implements OrderError {
        public ValidationFailed {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("a validation failure lists at least one violation");
            }
        }

        public String code() { return "validation.failed"; }

        public String message() {
            return violations.size() + (violations.size() == 1 ? " violation: " : " violations: ") + violations;
        }

        public Kind kind() { return Kind.INVALID; }
    }

    record NotFound(EntityType entity, String id) implements OrderError {
        public NotFound {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(id, "id");
        }

        public String code() { return entity.code() + ".not_found"; }

        public String message() { return "no " + entity.code().replace('_', ' ') + " " + id; }

        public Kind kind() { return Kind.NOT_FOUND; }
    }

    record AlreadyExists(EntityType entity, String key) implements OrderError {
        public AlreadyExists {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(key, "key");
        }

        public String code() { return entity.code() + ".already_exists"; }

        public String message() { return "a " + entity.code().replace('_', ' ') + " with " + key + " already exists"; }

        public Kind kind() { return Kind.CONFLICT; }
    }

    record Forbidden(String action, String reason) implements OrderError {
        public Forbidden {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(reason, "reason");
        }

        public String code() { return "access.forbidden"; }

        public String message() { return "not allowed to " + action + ": " + reason; }

        public Kind kind() { return Kind.FORBIDDEN; }
    }

    record StaleVersion(EntityType entity, String id, long expected, long actual) implements OrderError {
        public String code() { return "concurrency.stale_version"; }

        public String message() {
            return entity.code().replace('_', ' ') + " " + id + " is at version " + actual + ", not " + expected
                    + "; read it again and retry";
        }

        public Kind kind() { return Kind.STALE; }
    }

    /** R13: names the current, requested and allowed states. */
    record TransitionNotAllowed(String subject, String current, String requested, List<String> allowed) implements OrderError {
        public TransitionNotAllowed {
            allowed = List.copyOf(allowed);
        }

        public String code() { return "order.transition_not_allowed"; }

        public String message() {
            return subject + " cannot go from " + current + " to " + requested + "; allowed from " + current + ": "
                    + (allowed.isEmpty() ? "nothing (terminal)" : String.join(", ", allowed));
        }

        public Kind kind() { return Kind.REFUSED; }
    }

    /** R15: open BLOCKING entries refuse a forward transition that is not forced. */
    record TransitionBlocked(String subject, String requested, List<String> blockingEntries) implements OrderError {
        public TransitionBlocked {
            blockingEntries = List.copyOf(blockingEntries);
        }

        public String code() { return "order.blocked"; }

        public String message() {
            return subject + " cannot go to " + requested + " while these blocking entries are open: "
                    + String.join(", ", blockingEntries) + "; close them or force the transition";
        }

        public Kind kind() { return Kind.REFUSED; }
    }

    /** R16: an order enters a delivered-like state only when its lines are done. */
    record LinesNotDone(String requested, List<String> lineItems) implements OrderError {
        public LinesNotDone {
            lineItems = List.copyOf(lineItems);
        }

        public String code() { return "order.lines_not_done"; }

        public String message() {
            return "the order cannot go to " + requested + " before every line that is not cancelled is done; not done: "
                    + String.join(", ", lineItems);
        }

        public Kind kind() { return Kind.REFUSED; }
    }

    record OrderDeleted(String orderId) implements OrderError {
        public String code() { return "order.deleted"; }

        public String message() { return "order " + orderId + " is deleted; it can be read but not changed"; }

        public Kind kind() { return Kind.REFUSED; }
    }

    record OrderNotAdjustable(String orderId, String status) implements OrderError {
        public String code() { return "order.not_adjustable"; }

        public String message() { return "order " + orderId + " is " + status + ", a terminal state; its lines can no longer change"; }

        public Kind kind() { return Kind.REFUSED; }
    }

    /** R18: a writer writes only the namespaces it owns. */
    record NamespaceNotOwned(String namespace) implements OrderError {
        public String code() { return "history.namespace_not_owned"; }

        public String message() { return "the principal does not own the status namespace '" + namespace + "'"; }

        public Kind kind() { return Kind.FORBIDDEN; }
    }

    /** R18: {@code order:} is written only through transitions. */
    record ReservedNamespace(String namespace) implements OrderError {
        public String code() { return "history.reserved_namespace"; }

        public String message() {
            return "order".equals(namespace)
                    ? "the 'order:' namespace is written only by order transitions and adjustments"
                    : "the '" + namespace + ":' namespace is written only by the order core; operators may close its entries";
        }

        public Kind kind() { return Kind.REFUSED; }
    }

    /** R19 keys idempotency per order; a key another namespace used is not this writer's entry. */
    record DedupeKeyTaken(String dedupeKey, String namespace) implements OrderError {
        public String code() { return "history.dedupe_key_taken"; }

        public String message() {
            return "dedupe key '" + dedupeKey + "' was used on this order by another namespace than '" + namespace
                    + "'; choose keys that are unique to your module";
        }

        public Kind kind() { return Kind.CONFLICT; }
    }

    /** R17/R18: an entry closes only entries of its own namespace; the owner of the closed entry closes it. */
    record ClosesOtherNamespace(String closedCode, String namespace) implements OrderError {
        public String code() { return "history.closes_other_namespace"; }

        public String message() {
            return "an entry in '" + namespace + "' cannot close " + closedCode + "; only its own namespace closes it";
        }

        public Kind kind() { return Kind.FORBIDDEN; }
    }

    record EntryAlreadyClosed(String entryId, String closedBy) implements OrderError {
        public String code() { return "history.entry_already_closed"; }

        public String message() { return "status entry " + entryId + " is already closed by " + closedBy; }

        public Kind kind() { return Kind.CONFLICT; }
    }

    /** R22: the same intent identity arrived again with another payload. */
    record IntentPayloadConflict(String sourceSystem, String intentId, String storedHash, String submittedHash) implements OrderError {
        public String code() { return "intent.payload_conflict"; }

        public String message() {
            return "intent " + sourceSystem + "/" + intentId + " was received before with payload hash " + storedHash
                    + "; this payload hashes to " + submittedHash + ". Send changes as a new intent";
        }

        public Kind kind() { return Kind.CONFLICT; }
    }

    /** R25: an intent that cannot be taken in at all; nothing is stored. */
    record IntentRefused(List<Violation> reasons) implements OrderError {
        public IntentRefused {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a refusal gives at least one reason");
            }
        }

        public String code() { return "intent.refused"; }

        public String message() { return "intent refused: " + reasons; }

        public Kind kind() { return Kind.INVALID; }
    }

    /** R29: a case closes only when all its tags are closed, unless forced. */
    record CaseTagsOpen(String caseId, List<String> openTags) implements OrderError {
        public CaseTagsOpen {
            openTags = List.copyOf(openTags);
        }

        public String code() { return "case.tags_open"; }

        public String message() {
            return "case " + caseId + " still has open tags: " + String.join(", ", openTags) + "; close them or force";
        }

        public Kind kind() { return Kind.REFUSED; }
    }

    record CaseTagAlreadyClosed(String caseId, String tag, String closedBy) implements OrderError {
        public String code() { return "case.tag_already_closed"; }

        public String message() { return "tag '" + tag + "' of case " + caseId + " was closed already by " + closedBy; }

        public Kind kind() { return Kind.REFUSED; }
    }

    record CaseClosed(String caseId) implements OrderError {
        public String code() { return "case.closed"; }

        public String message() { return "case " + caseId + " is closed"; }

        public Kind kind() { return Kind.REFUSED; }
    }

    /**
     * R31: an order's tax cannot be worked out as it stands (an alcohol line without the tenant's
     * excise rate, a product whose alcohol attributes are incomplete); every offending line is named.
     * Nothing is wrong with the request: the tenant's configuration or the order's data must change,
     * or a manual calculation be given.
     */
    record CalculationRefused(List<Violation> reasons) implements OrderError {
        public CalculationRefused {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a refused calculation gives at least one reason");
            }
        }

        public String code() { return "calculation.refused"; }

        public String message() { return "the order cannot be calculated: " + reasons; }

        public Kind kind() { return Kind.REFUSED; }
    }
}
