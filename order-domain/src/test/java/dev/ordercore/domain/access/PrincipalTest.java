package dev.ordercore.domain.access;

import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Result;
import dev.ordercore.domain.shared.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command checks both the tenant and the permission (R35, R36). */
class PrincipalTest {

    private static final TenantId SHOP = TenantId.of("shop");
    private static final TenantId OTHER = TenantId.of("other-shop");
    private static final TenantId NOBODY = TenantId.of("no-such-tenant");

    @Test
    @DisplayName("R36 each role includes the ones before it")
    void r36_each_role_includes_the_ones_before_it() {
        for (Permission p : Permission.values()) {
            for (Role role : Role.values()) {
                Result<Principal, OrderError> may = Principal.user("u", SHOP, role).may(SHOP, p);

                assertThat(may.isOk()).as("%s may %s", role, p).isEqualTo(role.compareTo(p.minimumRole()) >= 0);
            }
        }
        assertThat(Permission.OVERRIDE.minimumRole()).isEqualTo(Role.ADMIN);
        assertThat(Permission.WRITE_ORDERS.minimumRole()).isEqualTo(Role.OPERATOR);
        assertThat(Permission.READ.minimumRole()).isEqualTo(Role.VIEWER);
    }

    @Test
    @DisplayName("R36 a module writer may read submit intents and write history and nothing else")
    void r36_a_module_writer_may_read_submit_intents_and_write_history_and_nothing_else() {
        Principal inventory = Principal.moduleWriter("inventory-service", SHOP, "inventory");

        EnumSet<Permission> allowed = EnumSet.noneOf(Permission.class);
        for (Permission p : Permission.values()) {
            if (inventory.may(SHOP, p).isOk()) {
                allowed.add(p);
            }
        }

        assertThat(allowed).isEqualTo(Principal.MODULE_WRITER_PERMISSIONS)
                .containsExactlyInAnyOrder(Permission.READ, Permission.SUBMIT_INTENTS, Permission.WRITE_HISTORY);
        assertThat(inventory.may(SHOP, Permission.WRITE_ORDERS).error())
                .isEqualTo(new OrderError.Forbidden("write orders", "needs the operator role"));
        assertThat(inventory.owns("inventory")).isTrue();
        assertThat(inventory.owns("billing")).isFalse();
        assertThat(inventory.owns(Principal.MANUAL_NAMESPACE)).isFalse();
    }

    @Test
    @DisplayName("R35 a tenant the principal cannot act in answers exactly like a tenant that does not exist")
    void r35_a_tenant_the_principal_cannot_act_in_answers_exactly_like_a_tenant_that_does_not_exist() {
        Principal admin = Principal.user("root", SHOP, Role.ADMIN);

        for (Permission p : Permission.values()) {
            OrderError other = admin.may(OTHER, p).error();
            OrderError unknown = admin.may(NOBODY, p).error();

            assertThat(other).isEqualTo(new OrderError.NotFound(EntityType.TENANT, OTHER.value()));
            assertThat(other.code()).isEqualTo(unknown.code()).isEqualTo("tenant.not_found");
            assertThat(other.kind()).isEqualTo(unknown.kind()).isEqualTo(OrderError.Kind.NOT_FOUND);
            assertThat(other.message().replace(OTHER.value(), "T")).isEqualTo(unknown.message().replace(NOBODY.value(), "T"));
        }
    }

    @Test
    @DisplayName("R35 R36 the tenant is checked before the permission so a viewer elsewhere learns nothing")
    void r35_r36_the_tenant_is_checked_before_the_permission_so_a_viewer_elsewhere_learns_nothing() {
        Principal viewer = new Principal("v", Set.of(SHOP), Set.of(Role.VIEWER), Set.of());

        assertThat(viewer.may(OTHER, Permission.OVERRIDE).error()).isInstanceOf(OrderError.NotFound.class);
        assertThat(viewer.may(SHOP, Permission.OVERRIDE).error()).isInstanceOf(OrderError.Forbidden.class);
    }

    @Test
    @DisplayName("R36 refusals name the role the same way in every language")
    void r36_refusals_name_the_role_the_same_way_in_every_language() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));

            assertThat(Principal.user("u", SHOP, Role.OPERATOR).may(SHOP, Permission.OVERRIDE).error().message())
                    .isEqualTo("not allowed to override: needs the admin role");
        } finally {
            Locale.setDefault(before);
        }
    }
}
