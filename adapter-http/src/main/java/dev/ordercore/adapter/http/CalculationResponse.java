package dev.ordercore.adapter.http;

import dev.ordercore.domain.pricing.CalculationOverride;
import dev.ordercore.domain.pricing.EffectiveCalculation;
import dev.ordercore.domain.pricing.OrderCalculation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Seed 001's breakdown of an order (R31), money and rates as decimal strings: the subtotal excl.
 * VAT, the VAT of each rate (with what it was charged on, when worked out), the excise (with the
 * litres of pure alcohol and the rate per litre, when worked out), shipping excl. VAT, its VAT and
 * incl. VAT, and the total. {@code method} is AUTO or MANUAL; {@code manual} says who stated a
 * manual calculation, why and when; {@code supersededManual} names the manual calculation the
 * order's changes since have superseded, if any.
 */
record CalculationResponse(
        UUID orderId,
        String method,
        String currency,
        String subtotalExclVat,
        List<VatResponse> vat,
        String vatTotal,
        ExciseResponse excise,
        ShippingResponse shipping,
        String total,
        ManualResponse manual,
        ManualResponse supersededManual) {

    record VatResponse(String rate, String taxable, String amount) {
    }

    record ExciseResponse(String alcoholLitres, String ratePerLitre, String amount) {
    }

    record ShippingResponse(String exclVat, String vatRate, String vat, String inclVat) {
    }

    /** Who stated a manual calculation, why, when, and the total it stated. */
    record ManualResponse(String by, String reason, Instant at, String total) {
    }

    static CalculationResponse of(UUID orderId, EffectiveCalculation effective) {
        OrderCalculation c = effective.calculation();
        return new CalculationResponse(
                orderId,
                effective.method().name(),
                c.currency().getCurrencyCode(),
                c.subtotal().amount().toPlainString(),
                c.vat().stream().map(v -> new VatResponse(v.rate().toPlainString(),
                        v.taxable().map(t -> t.amount().toPlainString()).orElse(null), v.amount().amount().toPlainString())).toList(),
                c.vatTotal().amount().toPlainString(),
                new ExciseResponse(plain(c.excise().litres()), plain(c.excise().ratePerLitre()), c.excise().amount().amount().toPlainString()),
                new ShippingResponse(c.shipping().exclVat().amount().toPlainString(), plain(c.shipping().vatRate()),
                        c.shipping().vat().amount().toPlainString(), c.shipping().inclVat().amount().toPlainString()),
                c.total().amount().toPlainString(),
                effective.manual().map(CalculationResponse::manual).orElse(null),
                effective.superseded().map(CalculationResponse::manual).orElse(null));
    }

    private static ManualResponse manual(CalculationOverride o) {
        return new ManualResponse(o.by(), o.reason(), o.at(), o.calculation().total().amount().toPlainString());
    }

    private static String plain(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse(null);
    }
}
