package dev.ordercore.domain.pricing;

import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.json.JsonValue;
import dev.ordercore.domain.shared.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A calculation as history payloads and events carry it, in the field names of the HTTP API.
 * Amounts, rates and litres are decimal strings, so no reader turns them into binary floating point.
 * {@link #read} reads it back exactly, for stores that keep calculations as JSON.
 */
public final class CalculationJson {

    private CalculationJson() {
    }

    public static JsonObject of(OrderCalculation c) {
        JsonObject.Builder b = JsonObject.builder()
                .put("currency", c.currency().getCurrencyCode())
                .put("subtotalExclVat", c.subtotal().amount().toPlainString())
                .put("vat", new JsonArray(c.vat().stream().<JsonValue>map(r -> {
                    JsonObject.Builder rate = JsonObject.builder().put("rate", r.rate().toPlainString())
                            .put("amount", r.amount().amount().toPlainString());
                    r.taxable().ifPresent(t -> rate.put("taxable", t.amount().toPlainString()));
                    return rate.build();
                }).toList()))
                .put("vatTotal", c.vatTotal().amount().toPlainString())
                .put("excise", c.excise().amount().amount().toPlainString())
                .put("shippingExclVat", c.shipping().exclVat().amount().toPlainString())
                .put("shippingVat", c.shipping().vat().amount().toPlainString())
                .put("shippingInclVat", c.shipping().inclVat().amount().toPlainString())
                .put("total", c.total().amount().toPlainString());
        c.excise().litres().ifPresent(l -> b.put("alcoholLitres", l.toPlainString()));
        c.excise().ratePerLitre().ifPresent(r -> b.put("excisePerLitre", r.toPlainString()));
        c.shipping().vatRate().ifPresent(r -> b.put("shippingVatRate", r.toPlainString()));
        return b.build();
    }

    /**
     * The calculation {@link #of} wrote, exactly.
     *
     * @throws IllegalArgumentException if {@code json} is not such a calculation (stored data is broken)
     */
    public static OrderCalculation read(JsonObject json) {
        Currency currency = Currency.getInstance(text(json, "currency"));
        List<OrderCalculation.VatAtRate> vat = new ArrayList<>();
        JsonValue rates = json.get("vat").orElseThrow(() -> new IllegalArgumentException("a stored calculation has no vat"));
        if (!(rates instanceof JsonArray array)) {
            throw new IllegalArgumentException("a stored calculation's vat is not an array");
        }
        for (JsonValue rate : array.values()) {
            if (!(rate instanceof JsonObject r)) {
                throw new IllegalArgumentException("a stored calculation's VAT entry is not an object");
            }
            vat.add(new OrderCalculation.VatAtRate(decimal(r, "rate"), optional(r, "taxable").map(t -> new Money(t, currency)),
                    money(r, "amount", currency)));
        }
        Money shippingExcl = money(json, "shippingExclVat", currency);
        Money shippingVat = money(json, "shippingVat", currency);
        return new OrderCalculation(currency, money(json, "subtotalExclVat", currency), vat, money(json, "vatTotal", currency),
                new OrderCalculation.Excise(optional(json, "alcoholLitres"), optional(json, "excisePerLitre"), money(json, "excise", currency)),
                new OrderCalculation.Shipping(shippingExcl, optional(json, "shippingVatRate"), shippingVat,
                        money(json, "shippingInclVat", currency)),
                money(json, "total", currency));
    }

    private static String text(JsonObject json, String key) {
        return optionalText(json, key).orElseThrow(() -> new IllegalArgumentException("a stored calculation has no " + key));
    }

    private static Optional<String> optionalText(JsonObject json, String key) {
        return json.get(key).map(v -> {
            if (v instanceof JsonString s) {
                return s.value();
            }
            throw new IllegalArgumentException("a stored calculation's " + key + " is not a string");
        });
    }

    private static BigDecimal decimal(JsonObject json, String key) {
        return new BigDecimal(text(json, key));
    }

    private static Optional<BigDecimal> optional(JsonObject json, String key) {
        return optionalText(json, key).map(BigDecimal::new);
    }

    private static Money money(JsonObject json, String key, Currency currency) {
        return new Money(decimal(json, key), currency);
    }
}
