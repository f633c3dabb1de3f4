package dev.ordercore.application.contract;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.port.out.CatalogRepository;
import dev.ordercore.application.port.out.OrderModifierRepository;
import dev.ordercore.domain.catalog.ModifierKind;
import dev.ordercore.domain.catalog.OrderModifier;
import dev.ordercore.domain.catalog.OrderModifierId;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static dev.ordercore.application.contract.ContractData.T0;
import static dev.ordercore.application.contract.ContractData.TENANT;
import static dev.ordercore.application.contract.ContractData.modifier;
import static dev.ordercore.application.contract.ContractData.ok;
import static dev.ordercore.application.contract.ContractData.uuids;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link OrderModifierRepository} does: the catalog contract, with names unique per tenant whatever the kind. */
public abstract class ModifierRepositoryContract extends CatalogRepositoryContract<OrderModifier, OrderModifierId> {

    @Test
    void a_modifier_without_a_description_is_found_without_one() {
        OrderModifier fee = ok(OrderModifier.create(OrderModifierId.next(uuids()), TENANT, "Handling fee", ModifierKind.FEE,
                Optional.empty(), T0));
        stores.modifiers().insert(fee);

        assertThat(stores.modifiers().find(TENANT, fee.id())).contains(fee);
    }

    @Override
    protected CatalogRepository<OrderModifier, OrderModifierId> repository(OrderCorePorts ports) {
        return ports.modifiers();
    }

    @Override
    protected EntityType entityType() {
        return EntityType.MODIFIER;
    }

    @Override
    protected OrderModifier newEntry(TenantId tenant, String key) {
        return modifier(tenant, "Delivery " + key);
    }

    @Override
    protected OrderModifier withSameNaturalKey(OrderModifier existing) {
        return ok(OrderModifier.create(OrderModifierId.next(uuids()), existing.tenant(), existing.name(), ModifierKind.DAMAGE_WAIVER,
                Optional.empty(), T0));
    }

    @Override
    protected OrderModifier withSameId(OrderModifier existing, String key) {
        return ok(OrderModifier.create(existing.id(), existing.tenant(), "Delivery " + key, existing.kind(), Optional.empty(), T0));
    }

    @Override
    protected Optional<Instant> deletedAtOf(OrderModifier entry) {
        return entry.deletedAt();
    }

    @Override
    protected OrderModifierId idOf(OrderModifier entry) {
        return entry.id();
    }

    @Override
    protected OrderModifierId unknownId() {
        return OrderModifierId.next(uuids());
    }
}
