package dev.ordercore.domain.catalog;

/**
 * What an order modifier charges for (seed 003's ExpenseClass, renamed OrderModifier). VAT and
 * excise are not modifiers: {@code OrderCalculation} computes them from the tenant's tax policy
 * (R31), so a tax can never be charged twice. DELIVERY charges are the order's shipping, which
 * carries its own VAT rate.
 */
public enum ModifierKind { DELIVERY, DAMAGE_WAIVER, FEE, OTHER }
