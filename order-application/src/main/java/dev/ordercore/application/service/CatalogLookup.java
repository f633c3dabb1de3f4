package dev.ordercore.application.service;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.ActiveModifierRules;
import dev.ordercore.domain.catalog.Asset;
import dev.ordercore.domain.catalog.AssetId;
import dev.ordercore.domain.catalog.CatalogSnapshot;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.catalog.OrderModifierRule;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.order.LineItemDraft;
import dev.ordercore.domain.shared.TenantId;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Looks up, in one tenant, every catalog entry a set of line drafts refers to, following asset →
 * product → klass → category, deleted entries included (the domain refuses new lines on them). It
 * adds the tenant's active modifier rules with their modifiers (R33), and the modifiers the drafts
 * charge themselves. On PostgreSQL: one statement per level of references the drafts make, one for
 * the active rules, and one more only when a draft names a modifier that no active rule charges.
 */
final class CatalogLookup {

    private final OrderCorePorts ports;

    CatalogLookup(OrderCorePorts ports) {
        this.ports = ports;
    }

    /** Everything drafts of an order placed or adjusted here refer to, plus the tenant's active modifier rules (R33). */
    CatalogSnapshot forDrafts(TenantId tenant, List<LineItemDraft> drafts) {
        return lookUp(tenant, drafts, true);
    }

    /**
     * Everything the lines of an intent refer to, without modifier rules: the source system states
     * every line and every price of an intent, shipping included, so rules would charge twice; and
     * a replay (R24) must rebuild the same order whatever rules the tenant has by then.
     */
    CatalogSnapshot forIntent(TenantId tenant, List<LineItemDraft> drafts) {
        return lookUp(tenant, drafts, false);
    }

    private CatalogSnapshot lookUp(TenantId tenant, List<LineItemDraft> drafts, boolean withRules) {
        Set<AssetId> assetIds = new LinkedHashSet<>();
        Set<ProductId> productIds = new LinkedHashSet<>();
        Set<KlassId> klassIds = new LinkedHashSet<>();
        Set<OrderModifierId> modifierIds = new LinkedHashSet<>();
        for (LineItemDraft d : drafts) {
            d.asset().ifPresent(assetIds::add);
            d.product().ifPresent(productIds::add);
            d.klass().ifPresent(klassIds::add);
            d.modifier().ifPresent(modifierIds::add);
        }
        List<Asset> assets = assetIds.isEmpty() ? List.of() : ports.assets().findAll(tenant, assetIds);
        assets.forEach(a -> productIds.add(a.product()));
        List<Product> products = productIds.isEmpty() ? List.of() : ports.products().findAll(tenant, productIds);
        products.forEach(p -> klassIds.add(p.klass()));
        List<Klass> klasses = klassIds.isEmpty() ? List.of() : ports.klasses().findAll(tenant, klassIds);
        Set<CategoryId> categoryIds = new LinkedHashSet<>();
        klasses.forEach(k -> categoryIds.add(k.category()));
        List<Category> categories = categoryIds.isEmpty() ? List.of() : ports.categories().findAll(tenant, categoryIds);
        Map<OrderModifierId, OrderModifier> modifiers = new LinkedHashMap<>();
        List<OrderModifierRule> rules = List.of();
        if (withRules) {
            ActiveModifierRules active = ports.modifierRules().active(tenant);
            active.modifiers().forEach(m -> modifiers.put(m.id(), m));
            rules = active.rules();
        }
        modifierIds.removeAll(modifiers.keySet());
        if (!modifierIds.isEmpty()) {
            ports.modifiers().findAll(tenant, modifierIds).forEach(m -> modifiers.put(m.id(), m));
        }
        return CatalogSnapshot.of(categories, klasses, products, assets).withModifiers(modifiers.values(), rules);
    }
}
