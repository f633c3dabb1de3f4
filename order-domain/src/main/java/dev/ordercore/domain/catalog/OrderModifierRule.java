package dev.ordercore.domain.catalog;

import dev.ordercore.domain.shared.Decimals;
import dev.ordercore.domain.order.LineItemKind;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import dev.ordercore.domain.shared.Violations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When a modifier is charged, and how much (seed 003's ExpenseRule, renamed OrderModifierRule):
 * a {@link Condition} on the line (its kind, category, klass, amount) and an {@link Effect} (a
 * fixed amount, a percent of the line, or an amount per unit). Applying rules produces CHARGE
 * lines attached to the line they modify (R33). Soft-deleted only.
 */
public record OrderModifierRule(OrderModifierRuleId id, TenantId tenant, OrderModifierId modifier, Condition condition, Effect effect,
                                Instant createdAt, Optional<Instant> deletedAt) {

    /** Percent effects are above 0 and at most this, with up to {@value #PERCENT_DECIMALS} decimals. */
    public static final BigDecimal MAX_PERCENT = new BigDecimal("1000");
    public static final int PERCENT_DECIMALS = 4;

    public OrderModifierRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(modifier, "modifier");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(deletedAt, "deletedAt");
    }

    /**
     * What a line must be for the rule to charge it; every part that is given must hold. An empty
     * {@code kinds} means any kind. A minimum amount in another currency than the order's never holds.
     */
    public record Condition(Set<LineItemKind> kinds, Optional<CategoryId> category, Optional<KlassId> klass, Optional<Money> minLineAmount) {
        public Condition {
            kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(klass, "klass");
            Objects.requireNonNull(minLineAmount, "minLineAmount");
            if (minLineAmount.filter(Money::isNegative).isPresent()) {
                throw new IllegalArgumentException("a minimum line amount is never negative");
            }
        }

        public static Condition any() {
            return new Condition(Set.of(), Optional.empty(), Optional.empty(), Optional.empty());
        }

        /** Whether a line of {@code kind}, {@code category}, {@code klass} and {@code amount} meets the condition. */
        public boolean matches(LineItemKind kind, Optional<CategoryId> lineCategory, Optional<KlassId> lineKlass, Money amount) {
            return (kinds.isEmpty() || kinds.contains(kind))
                    && category.map(c -> lineCategory.filter(c::equals).isPresent()).orElse(true)
                    && klass.map(k -> lineKlass.filter(k::equals).isPresent()).orElse(true)
                    && minLineAmount.map(min -> min.currency().equals(amount.currency()) && amount.compareTo(min) >= 0).orElse(true);
        }
    }

    /** How much a rule charges for one modified line. */
    public sealed interface Effect {

        /** A fixed amount per modified line. */
        record Fixed(Money amount) implements Effect {
            public Fixed {
                if (Objects.requireNonNull(amount, "amount").isNegative()) {
                    throw new IllegalArgumentException("a fixed charge is never negative");
                }
            }
        }

        /** A percent of the modified line's amount, rounded by the tenant's policy. */
        record Percent(BigDecimal percent) implements Effect {
            public Percent {
                Objects.requireNonNull(percent, "percent");
                if (percent.signum() <= 0 || percent.compareTo(MAX_PERCENT) > 0
                        || percent.stripTrailingZeros().scale() > PERCENT_DECIMALS) {
                    throw new IllegalArgumentException("a percent is above 0 and at most " + MAX_PERCENT + " with at most "
                            + PERCENT_DECIMALS + " decimals, got " + Decimals.show(percent));
                }
            }
        }

        /** An amount per unit of the modified line. */
        record PerUnit(Money amount) implements Effect {
            public PerUnit {
                if (Objects.requireNonNull(amount, "amount").isNegative()) {
                    throw new IllegalArgumentException("a per-unit charge is never negative");
                }
            }
        }

        /** The currency the effect is stated in, if it states one (a percent does not). */
        default Optional<Currency> currency() {
            if (this instanceof Fixed f) {
                return Optional.of(f.amount().currency());
            }
            if (this instanceof PerUnit p) {
                return Optional.of(p.amount().currency());
            }
            return Optional.empty();
        }
    }

    public enum EffectType { FIXED, PERCENT, PER_UNIT }

    /** A condition as a request states it; {@code null} means absent. */
    public record ConditionDraft(List<LineItemKind> kinds, CategoryId category, KlassId klass, BigDecimal minLineAmount,
                                 Currency minLineAmountCurrency) {
    }

    /** An effect as a request states it; {@code null} means absent. FIXED and PER_UNIT take amount and currency, PERCENT a percent. */
    public record EffectDraft(EffectType type, BigDecimal amount, Currency currency, BigDecimal percent) {
    }

    /**
     * A new rule for {@code modifier}; the application checks that the modifier, category and klass
     * exist in the tenant. Every violation is reported; {@code null} inputs count as missing.
     */
    public static Result<OrderModifierRule, OrderError> create(OrderModifierRuleId id, TenantId tenant, OrderModifierId modifier,
                                                               ConditionDraft condition, EffectDraft effect, Instant now) {
        Violations v = new Violations();
        CatalogText.required(v, "modifierId", modifier);
        Optional<Condition> c = condition == null ? Optional.of(Condition.any()) : condition(condition, v.at("condition"));
        Optional<Effect> e = Optional.empty();
        if (effect == null) {
            v.add("effect", "required", "effect is required: FIXED, PERCENT or PER_UNIT");
        } else {
            e = effect(effect, v.at("effect"));
        }
        if (!v.isEmpty()) {
            return v.toResult(null);
        }
        return Result.ok(new OrderModifierRule(id, tenant, modifier, c.orElseThrow(), e.orElseThrow(), now, Optional.empty()));
    }

    public boolean isDeleted() {
        return deletedAt.isPresent();
    }

    public OrderModifierRule deleted(Instant at) {
        return isDeleted() ? this : new OrderModifierRule(id, tenant, modifier, condition, effect, createdAt, Optional.of(at));
    }

    private static Optional<Condition> condition(ConditionDraft d, Violations v) {
        int before = v.size();
        List<LineItemKind> kinds = d.kinds() == null ? List.of() : d.kinds();
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i) == null) {
                v.at("kinds", i).here("required", "a kind is SALE, RENTAL, SERVICE, PURCHASE or CHARGE, not null");
            }
        }
        Optional<Money> min = Optional.empty();
        if (d.minLineAmount() != null || d.minLineAmountCurrency() != null) {
            min = money(d.minLineAmount(), d.minLineAmountCurrency(), v.at("minLineAmount"), "amount");
        }
        if (v.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Condition(Set.copyOf(kinds), Optional.ofNullable(d.category()), Optional.ofNullable(d.klass()), min));
    }

    private static Optional<Effect> effect(EffectDraft d, Violations v) {
        int before = v.size();
        if (d.type() == null) {
            v.add("type", "required", "type is required: FIXED, PERCENT or PER_UNIT");
            return Optional.empty();
        }
        if (d.type() == EffectType.PERCENT) {
            v.check(d.amount() != null, "amount", "not_allowed", "a PERCENT effect states a percent, not an amount");
            v.check(d.currency() != null, "currency", "not_allowed", "a PERCENT effect has no currency: it is a share of the line");
            if (d.percent() == null) {
                v.add("percent", "required", "a PERCENT effect needs percent");
            } else if (d.percent().signum() <= 0 || d.percent().compareTo(MAX_PERCENT) > 0) {
                v.add("percent", "out_of_range", "percent is above 0 and at most " + MAX_PERCENT + ", got " + Decimals.show(d.percent()));
            } else if (d.percent().stripTrailingZeros().scale() > PERCENT_DECIMALS) {
                v.add("percent", "too_many_decimals", "percent has at most " + PERCENT_DECIMALS + " decimals");
            }
            return v.size() == before ? Optional.of(new Effect.Percent(d.percent())) : Optional.empty();
        }
        v.check(d.percent() != null, "percent", "not_allowed", "a " + d.type() + " effect states an amount, not a percent");
        Optional<Money> amount = money(d.amount(), d.currency(), v, "amount");
        if (v.size() > before || amount.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(d.type() == EffectType.FIXED ? new Effect.Fixed(amount.get()) : new Effect.PerUnit(amount.get()));
    }

    private static Optional<Money> money(BigDecimal amount, Currency currency, Violations v, String field) {
        int before = v.size();
        if (amount == null) {
            v.add(field, "required", field + " is required");
        } else if (amount.signum() < 0) {
            v.add(field, "negative", field + " is never negative, got " + Decimals.show(amount));
        }
        if (currency == null) {
            v.add("currency", "required", "currency is required with " + field);
        } else if (!Money.isUsableCurrency(currency.getCurrencyCode())) {
            v.add("currency", "invalid_currency", currency + " has no minor units and cannot price anything");
        } else if (amount != null && amount.stripTrailingZeros().scale() > Money.minorUnits(currency)) {
            v.add(field, "too_many_decimals", currency + " amounts have at most " + Money.minorUnits(currency) + " decimals");
        } else if (amount != null && Decimals.integerDigits(amount) > 13) {
            v.add(field, "too_large", field + " has at most 13 digits before the point");
        }
        return v.size() > before ? Optional.empty() : Optional.of(Money.of(amount, currency));
    }
}
