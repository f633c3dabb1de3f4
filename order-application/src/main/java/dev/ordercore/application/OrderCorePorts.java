package dev.ordercore.application;

import dev.ordercore.application.port.out.AssetRepository;
import dev.ordercore.application.port.out.CalculationOverrideRepository;
import dev.ordercore.application.port.out.CaseRepository;
import dev.ordercore.application.port.out.CategoryRepository;
import dev.ordercore.application.port.out.CustomerFigures;
import dev.ordercore.application.port.out.CustomerRepository;
import dev.ordercore.application.port.out.EventOutbox;
import dev.ordercore.application.port.out.IntentRepository;
import dev.ordercore.application.port.out.KlassRepository;
import dev.ordercore.application.port.out.OrderModifierRepository;
import dev.ordercore.application.port.out.OrderModifierRuleRepository;
import dev.ordercore.application.port.out.OrderNumbers;
import dev.ordercore.application.port.out.OrderReadModels;
import dev.ordercore.application.port.out.OrderRepository;
import dev.ordercore.application.port.out.ProductRepository;
import dev.ordercore.application.port.out.RelationRepository;
import dev.ordercore.application.port.out.StatusHistoryRepository;
import dev.ordercore.application.port.out.SupplierConfirmationRepository;
import dev.ordercore.application.port.out.StockLevelRepository;
import dev.ordercore.application.port.out.TenantSettingsRepository;
import dev.ordercore.application.port.out.TenantPolicies;
import dev.ordercore.application.port.out.TransactionRunner;

import java.time.Clock;
import java.util.Objects;

/** Every outgoing port an adapter provides; {@link OrderCore} wires the use cases from them. */
public record OrderCorePorts(
        OrderRepository orders,
        StatusHistoryRepository history,
        IntentRepository intents,
        RelationRepository relations,
        CaseRepository cases,
        CategoryRepository categories,
        KlassRepository klasses,
        ProductRepository products,
        AssetRepository assets,
        OrderModifierRepository modifiers,
        OrderModifierRuleRepository modifierRules,
        EventOutbox outbox,
        TransactionRunner transactions,
        OrderNumbers orderNumbers,
        TenantPolicies policies,
        Clock clock,
        CalculationOverrideRepository calculationOverrides,
        TenantSettingsRepository settings,
        SupplierConfirmationRepository supplierConfirmations,
        CustomerRepository customers,
        CustomerFigures customerFigures,
        OrderReadModels readModels,
        StockLevelRepository stockLevels) {

    public OrderCorePorts {
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(intents, "intents");
        Objects.requireNonNull(relations, "relations");
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(klasses, "klasses");
        Objects.requireNonNull(products, "products");
        Objects.requireNonNull(assets, "assets");
        Objects.requireNonNull(modifiers, "modifiers");
        Objects.requireNonNull(modifierRules, "modifierRules");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(orderNumbers, "orderNumbers");
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(calculationOverrides, "calculationOverrides");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(supplierConfirmations, "supplierConfirmations");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(customerFigures, "customerFigures");
        Objects.requireNonNull(readModels, "readModels");
        Objects.requireNonNull(stockLevels, "stockLevels");
    }
}
