package dev.ordercore.domain.supplier;

import dev.ordercore.domain.order.LineItemId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A supplier's answer as a request states it. Nothing is checked yet:
 * {@link SupplierConfirmation#receive} checks it against the order and reports every violation at
 * once. {@code force} asks to confirm past open BLOCKING entries (R15).
 */
public record SupplierConfirmationDraft(
        Optional<ConfirmationOutcome> outcome,
        Optional<ConfirmationMethod> method,
        List<LineDraft> lines,
        Optional<String> supplierReference,
        Optional<String> message,
        Optional<String> refusalReason,
        Optional<LocalDate> confirmedDelivery,
        Optional<Integer> preparationDays,
        boolean force) {

    public SupplierConfirmationDraft {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(method, "method");
        lines = List.copyOf(lines);
        Objects.requireNonNull(supplierReference, "supplierReference");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(refusalReason, "refusalReason");
        Objects.requireNonNull(confirmedDelivery, "confirmedDelivery");
        Objects.requireNonNull(preparationDays, "preparationDays");
    }

    /** One line as the supplier confirmed it; an absent quantity or price means "as ordered". */
    public record LineDraft(Optional<LineItemId> lineItem, Optional<Integer> quantity, Optional<BigDecimal> unitPrice) {
        public LineDraft {
            Objects.requireNonNull(lineItem, "lineItem");
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(unitPrice, "unitPrice");
        }
    }

    /** A confirmation of every line as ordered. */
    public static SupplierConfirmationDraft confirmed(ConfirmationMethod method) {
        return new SupplierConfirmationDraft(Optional.of(ConfirmationOutcome.CONFIRMED), Optional.of(method), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    /** A refusal, with the supplier's reason. */
    public static SupplierConfirmationDraft refused(ConfirmationMethod method, String reason) {
        return new SupplierConfirmationDraft(Optional.of(ConfirmationOutcome.REFUSED), Optional.of(method), List.of(), Optional.empty(),
                Optional.empty(), Optional.of(reason), Optional.empty(), Optional.empty(), false);
    }

    public SupplierConfirmationDraft withLines(List<LineDraft> confirmedLines) {
        return new SupplierConfirmationDraft(outcome, method, confirmedLines, supplierReference, message, refusalReason, confirmedDelivery,
                preparationDays, force);
    }

    public SupplierConfirmationDraft withDelivery(LocalDate date, int days) {
        return new SupplierConfirmationDraft(outcome, method, lines, supplierReference, message, refusalReason, Optional.of(date),
                Optional.of(days), force);
    }

    public SupplierConfirmationDraft withReference(String reference, String supplierMessage) {
        return new SupplierConfirmationDraft(outcome, method, lines, Optional.of(reference), Optional.of(supplierMessage), refusalReason,
                confirmedDelivery, preparationDays, force);
    }

    public SupplierConfirmationDraft forced() {
        return new SupplierConfirmationDraft(outcome, method, lines, supplierReference, message, refusalReason, confirmedDelivery,
                preparationDays, true);
    }

    public static LineDraft line(LineItemId lineItem, Integer quantity, BigDecimal unitPrice) {
        return new LineDraft(Optional.of(lineItem), Optional.ofNullable(quantity), Optional.ofNullable(unitPrice));
    }
}
