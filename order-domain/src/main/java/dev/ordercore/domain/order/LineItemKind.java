package dev.ordercore.domain.order;

import dev.ordercore.domain.catalog.CategoryType;

import java.util.Objects;
import java.util.Optional;

/**
 * What a line is, derived from what it has and never given (R2): a line without klass and
 * product is a CHARGE (delivery, tax, a fee); a line with two dates is a RENTAL; one date with a
 * product, a vendor and no customer is a PURCHASE; one date and a SERVICE klass is a SERVICE;
 * everything else is a SALE. The derivation is total and deterministic.
 */
public enum LineItemKind {
    SALE, RENTAL, SERVICE, PURCHASE, CHARGE;

    /** What the derivation looks at. */
    public record Facts(boolean klass, boolean product, boolean period, boolean customer, boolean vendor,
                        Optional<CategoryType> klassCategory) {
        public Facts {
            Objects.requireNonNull(klassCategory, "klassCategory");
        }
    }

    public static LineItemKind derive(Facts f) {
        if (!f.klass() && !f.product()) {
            return CHARGE;
        }
        if (f.period()) {
            return RENTAL;
        }
        if (f.product() && f.vendor() && !f.customer()) {
            return PURCHASE;
        }
        if (f.klassCategory().filter(CategoryType.SERVICE::equals).isPresent()) {
            return SERVICE;
        }
        return SALE;
    }
}
