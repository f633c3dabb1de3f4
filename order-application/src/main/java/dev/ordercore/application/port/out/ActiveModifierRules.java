package dev.ordercore.application.port.out;

import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.catalog.OrderModifierRule;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a tenant applies when lines are placed or added (R33), in id order, and the modifiers
 * they charge, each once. Neither holds anything deleted, and every rule's modifier is among
 * {@code modifiers}.
 */
public record ActiveModifierRules(List<OrderModifierRule> rules, List<OrderModifier> modifiers) {

    public ActiveModifierRules {
        rules = List.copyOf(rules);
        modifiers = List.copyOf(modifiers);
        Set<OrderModifierId> charged = modifiers.stream().map(OrderModifier::id).collect(Collectors.toSet());
        if (charged.size() != modifiers.size()) {
            throw new IllegalArgumentException("each modifier appears once");
        }
        if (rules.stream().anyMatch(OrderModifierRule::isDeleted) || modifiers.stream().anyMatch(OrderModifier::isDeleted)) {
            throw new IllegalArgumentException("active rules and their modifiers are not deleted");
        }
        Set<OrderModifierId> missing = new HashSet<>();
        rules.forEach(r -> {
            if (!charged.contains(r.modifier())) {
                missing.add(r.modifier());
            }
        });
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the modifiers " + missing + " of active rules are missing");
        }
    }

    public static ActiveModifierRules none() {
        return new ActiveModifierRules(List.of(), List.of());
    }
}
