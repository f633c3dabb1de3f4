package dev.ordercore.domain.relation;

import dev.ordercore.domain.cases.Case;
import dev.ordercore.domain.cases.CaseId;
import dev.ordercore.domain.cases.CaseTag;
import dev.ordercore.domain.order.LineItem;
import dev.ordercore.domain.order.LineItemId;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.OrderId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R26: orders and cases never reference each other directly; only relations link them. Checked on
 * the types themselves: nothing reachable through the fields and record components of an order
 * (its state, lines, snapshots, blocks) holds a case id, and nothing reachable from a case holds an
 * order or line id.
 */
class OrdersAndCasesTest {

    /** Every domain type reachable from {@code root} through fields, record components and type arguments. */
    private static Set<Class<?>> reachableTypes(Class<?> root) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Type> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            Type t = todo.pop();
            if (t instanceof ParameterizedType p) {
                todo.add(p.getRawType());
                todo.addAll(List.of(p.getActualTypeArguments()));
            } else if (t instanceof WildcardType w) {
                todo.addAll(List.of(w.getUpperBounds()));
            } else if (t instanceof GenericArrayType a) {
                todo.add(a.getGenericComponentType());
            } else if (t instanceof Class<?> c) {
                Class<?> type = c.isArray() ? c.getComponentType() : c;
                if (!seen.add(type) || !type.getName().startsWith("dev.ordercore.")) {
                    continue;
                }
                for (Field f : type.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers())) {
                        todo.add(f.getGenericType());
                    }
                }
                if (type.isRecord()) {
                    for (RecordComponent rc : type.getRecordComponents()) {
                        todo.add(rc.getGenericType());
                    }
                }
                for (Class<?> permitted : type.getPermittedSubclasses() == null ? new Class<?>[0] : type.getPermittedSubclasses()) {
                    todo.add(permitted);
                }
            }
        }
        return seen;
    }

    @Test
    @DisplayName("R26 nothing an order holds is a case id")
    void r26_nothing_an_order_holds_is_a_case_id() {
        Set<Class<?>> fromOrder = reachableTypes(Order.class);

        assertThat(fromOrder).contains(Order.State.class, LineItem.class, OrderId.class, LineItemId.class);
        assertThat(fromOrder).doesNotContain(CaseId.class, Case.class, Case.State.class, CaseTag.class);
        assertThat(fromOrder).noneMatch(c -> c.getPackageName().equals("dev.ordercore.domain.cases"));
    }

    @Test
    @DisplayName("R26 nothing a case holds is an order or line id")
    void r26_nothing_a_case_holds_is_an_order_or_line_id() {
        Set<Class<?>> fromCase = reachableTypes(Case.class);

        assertThat(fromCase).contains(Case.State.class, CaseTag.class, CaseId.class);
        assertThat(fromCase).doesNotContain(OrderId.class, LineItemId.class, Order.class, LineItem.class);
        assertThat(fromCase).noneMatch(c -> c.getPackageName().equals("dev.ordercore.domain.order"));
    }

    @Test
    @DisplayName("R26 a relation is what links them through entity refs")
    void r26_a_relation_is_what_links_them_through_entity_refs() {
        Set<Class<?>> fromRelation = reachableTypes(Relation.class);

        assertThat(fromRelation).contains(EntityRef.class).doesNotContain(OrderId.class, CaseId.class);
    }
}
