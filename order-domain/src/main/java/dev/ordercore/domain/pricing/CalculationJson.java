package dev.ordercore.domain.pricing;

import dev.ordercore.domain.json.JsonArray;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonValue;

/**
 * A calculation as history payloads and events carry it, in the field names of the HTTP API.
 * Amounts, rates and litres are decimal strings, so no reader turns them into binary floating point.
 */
public final class CalculationJson {

    private CalculationJson() {
    }

    public static JsonObject of(OrderCalculation c) {
        JsonObject.Builder b = JsonObject.builder()
                .put("currency", c.currency().getCurrencyCode())
                .put("subtotal", c.subtotal().amount().toPlainString())
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
}
