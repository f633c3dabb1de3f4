package dev.ordercore.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordercore.domain.catalog.Asset;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.catalog.KlassPricing;
import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.shared.Money;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import io.javalin.openapi.OpenApiPropertyType;

/**
 * Catalog entries as the API shows them: prices as decimal strings, absent values as {@code null}.
 * Every entry carries {@code deletedAt}: {@code null} until it is deleted (softly: it stays readable).
 */
final class CatalogResponses {

    private CatalogResponses() {
    }

    /** One page of entries in creation order, and the cursor of the next page ({@code null} on the last). */
    record PageResponse<T>(List<T> items, String nextCursor) {
    }

    record CategoryResponse(UUID id, String name, String type, Instant createdAt, Instant deletedAt) {
        static CategoryResponse of(Category c) {
            return new CategoryResponse(c.id().value(), c.name(), c.type().name(), c.createdAt(), c.deletedAt().orElse(null));
        }
    }

    record KlassResponse(UUID id, String name, UUID categoryId, List<PriceResponse> pricing, Instant createdAt, Instant deletedAt) {
        static KlassResponse of(Klass k) {
            return new KlassResponse(k.id().value(), k.name(), k.category().value(), k.pricing().stream().map(PriceResponse::of).toList(),
                    k.createdAt(), k.deletedAt().orElse(null));
        }
    }

    record PriceResponse(String frequency, String price, String currency) {
        static PriceResponse of(KlassPricing p) {
            return new PriceResponse(p.frequency().map(Enum::name).orElse(null), p.price().amount().toPlainString(),
                    p.price().currency().getCurrencyCode());
        }
    }

    record ProductResponse(UUID id, UUID klassId, String sku, String name, @OpenApiPropertyType(definedBy = Object.class) JsonNode attributes,
                           Instant createdAt, Instant deletedAt) {
        static ProductResponse of(Product p) {
            return new ProductResponse(p.id().value(), p.klass().value(), p.sku(), p.name(), JsonTrees.toJackson(p.attributes()),
                    p.createdAt(), p.deletedAt().orElse(null));
        }
    }

    record AssetResponse(UUID id, UUID productId, String serialNumber, Instant createdAt, Instant deletedAt) {
        static AssetResponse of(Asset a) {
            return new AssetResponse(a.id().value(), a.product().value(), a.serialNumber(), a.createdAt(), a.deletedAt().orElse(null));
        }
    }

    record ModifierResponse(UUID id, String name, String kind, String description, Instant createdAt, Instant deletedAt) {
        static ModifierResponse of(OrderModifier m) {
            return new ModifierResponse(m.id().value(), m.name(), m.kind().name(), m.description().orElse(null), m.createdAt(),
                    m.deletedAt().orElse(null));
        }
    }

    /** A rule in the shape its request has: absent condition parts as {@code null}, kinds as a list (empty = any kind). */
    record ModifierRuleResponse(UUID id, UUID modifierId, ConditionResponse condition, EffectResponse effect, Instant createdAt,
                                Instant deletedAt) {
        static ModifierRuleResponse of(OrderModifierRule r) {
            OrderModifierRule.Condition c = r.condition();
            return new ModifierRuleResponse(r.id().value(), r.modifier().value(),
                    new ConditionResponse(c.kinds().stream().sorted().map(Enum::name).toList(), c.category().map(CategoryId::value).orElse(null),
                            c.klass().map(KlassId::value).orElse(null), c.minLineAmount().map(MoneyResponse::of).orElse(null)),
                    EffectResponse.of(r.effect()), r.createdAt(), r.deletedAt().orElse(null));
        }
    }

    record ConditionResponse(List<String> kinds, UUID categoryId, UUID klassId, MoneyResponse minLineAmount) {
    }

    record MoneyResponse(String amount, String currency) {
        static MoneyResponse of(Money m) {
            return new MoneyResponse(m.amount().toPlainString(), m.currency().getCurrencyCode());
        }
    }

    /** {@code amount} and {@code currency} for FIXED and PER_UNIT, {@code percent} for PERCENT; the others {@code null}. */
    record EffectResponse(String type, String amount, String currency, String percent) {
        static EffectResponse of(OrderModifierRule.Effect effect) {
            if (effect instanceof OrderModifierRule.Effect.Fixed f) {
                return new EffectResponse("FIXED", f.amount().amount().toPlainString(), f.amount().currency().getCurrencyCode(), null);
            }
            if (effect instanceof OrderModifierRule.Effect.PerUnit p) {
                return new EffectResponse("PER_UNIT", p.amount().amount().toPlainString(), p.amount().currency().getCurrencyCode(), null);
            }
            if (effect instanceof OrderModifierRule.Effect.Percent p) {
                return new EffectResponse("PERCENT", null, null, p.percent().toPlainString());
            }
            throw new IllegalStateException("an effect the API does not know: " + effect);
        }
    }
}
