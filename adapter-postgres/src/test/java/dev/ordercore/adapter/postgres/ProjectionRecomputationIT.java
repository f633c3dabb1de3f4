package dev.ordercore.adapter.postgres;

import dev.ordercore.application.OrderCorePorts;
import dev.ordercore.application.contract.ContractData;
import dev.ordercore.domain.order.NewStatusEntry;
import dev.ordercore.domain.order.Order;
import dev.ordercore.domain.order.Severity;
import dev.ordercore.domain.order.StatusEntry;
import dev.ordercore.domain.order.StatusEntryId;
import dev.ordercore.domain.order.StatusHistory;
import dev.ordercore.domain.testing.HistoryArbitraries;
import dev.ordercore.domain.testing.OrderArbitraries;
import dev.ordercore.domain.testing.OrderStory;
import dev.ordercore.domain.testing.Step;
import dev.ordercore.domain.testing.TenantSetup;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R20 on PostgreSQL: whatever histories the domain writes, in whatever interleaving of orders
 * and tenants they arrive, the {@code order_module_status} table equals its recomputation from
 * {@code status_history} in SQL, and the domain's own recomputation from the history it wrote.
 */
class ProjectionRecomputationIT {

    /** The projection as the table keeps it, and as the recomputation gives it. */
    record Projected(String tenantId, UUID orderId, String module, UUID entryId, OffsetDateTime recordedAt, long sequence,
                     int openBlocking) {
    }

    /** Orders with the histories the domain wrote for them, and the order in which their entries arrive. */
    record Arrivals(List<OrderStory> stories, List<NewStatusEntry> entries) {
    }

    private static final String TABLE = """
            select tenant_id, order_id, module, entry_id, recorded_at, sequence, open_blocking
            from order_module_status
            order by tenant_id, order_id, module""";

    private static final String RECOMPUTED = """
            select latest.*,
                   (select count(*)::int
                    from status_history b
                    where b.tenant_id = latest.tenant_id and b.order_id = latest.order_id and b.namespace = latest.module
                      and b.severity = 'BLOCKING'
                      and not exists (select from status_history c
                                      where c.tenant_id = b.tenant_id and c.order_id = b.order_id and c.closes = b.id)) as open_blocking
            from (select distinct on (tenant_id, order_id, namespace)
                         tenant_id, order_id, namespace as module, id as entry_id, recorded_at, sequence
                  from status_history
                  order by tenant_id, order_id, namespace, recorded_at desc, sequence desc) latest
            order by tenant_id, order_id, module""";

    private final PostgresTestDatabase database = PostgresTestDatabase.forClass(getClass());

    @Property(tries = 30, edgeCases = EdgeCasesMode.NONE)
    @Label("R20: order_module_status equals its recomputation from status_history after any histories")
    void R20_the_projection_table_equals_its_recomputation(@ForAll("arrivals") Arrivals arrivals) {
        OrderCorePorts ports = database.freshStores(ContractData.CLOCK).ports();
        DSLContext owner = DSL.using(database.owner(), SQLDialect.POSTGRES);
        arrivals.stories().stream().map(s -> s.placed().setup().catalog()).distinct() // line items refer to entries by foreign key
                .forEach(catalog -> ContractData.storeCatalogUsedBy(ports, catalog,
                        arrivals.stories().stream().map(s -> s.placed().order()).toList()));
        arrivals.stories().forEach(s -> ports.orders().insert(s.placed().order()));

        arrivals.entries().forEach(ports.history()::append);

        List<Projected> table = owner.resultQuery(TABLE).fetchInto(Projected.class);
        assertThat(table).isEqualTo(owner.resultQuery(RECOMPUTED).fetchInto(Projected.class));
        for (OrderStory story : arrivals.stories()) {
            Order order = story.placed().order();
            StatusHistory written = story.history();
            assertThat(ports.history().history(order.tenant(), order.id()).entries()).extracting(StatusEntry::id)
                    .containsExactlyElementsOf(written.entries().stream().map(StatusEntry::id).toList());
            assertThat(ids(ports.history().latestPerModule(order.tenant(), order.id()))).isEqualTo(ids(written.latestPerModule()));
            assertThat(openBlockingPerModule(table, order)).isEqualTo(openBlockingPerModule(written));
        }
        Statistics.label("orders").collect(arrivals.stories().size());
        Statistics.label("a BLOCKING entry closed").collect(closesBlocking(arrivals.entries()))
                .coverage(c -> c.check(true).percentage(p -> p >= 25));
        Statistics.label("a BLOCKING entry older than its module's latest").collect(olderThanLatest(arrivals.entries()))
                .coverage(c -> c.check(true).percentage(p -> p >= 25));
    }

    /**
     * One or two tenants, up to three orders among them, each with a story the domain played: any
     * steps, or module writes and closings only (where backdated and closed BLOCKING entries are
     * common), and the stories' entries interleaved at random.
     */
    @Provide
    Arbitrary<Arrivals> arrivals() {
        return OrderArbitraries.setups().list().ofMinSize(1).ofMaxSize(2).uniqueElements(TenantSetup::tenant)
                .flatMap(setups -> Arbitraries.of(setups).flatMap(ProjectionRecomputationIT::stories)
                        .list().ofMinSize(1).ofMaxSize(3)
                        .uniqueElements(s -> s.placed().journal().seed())
                        .uniqueElements(s -> s.placed().order().tenant() + "/" + s.placed().order().number()))
                .flatMap(stories -> Arbitraries.shuffle(turns(stories)).map(turns -> interleave(stories, turns)));
    }

    private static Arbitrary<OrderStory> stories(TenantSetup setup) {
        Arbitrary<Step> any = HistoryArbitraries.steps(setup);
        Arbitrary<Step> moduleOnly = Arbitraries.frequencyOf(
                Tuple.of(2, any.filter(step -> step instanceof Step.Write || step instanceof Step.Close)),
                Tuple.of(1, any.filter(Step.Write.class::isInstance).map(step -> lateBlocking((Step.Write) step))));
        return Combinators.combine(OrderArbitraries.placedOrders(setup), Arbitraries.frequencyOf(Tuple.of(1, upToMaxSteps(any)), Tuple.of(2, upToMaxSteps(moduleOnly))))
                .as(HistoryArbitraries::play);
    }

    /** A BLOCKING write backdated past most of the history: it counts as open without becoming its module's latest. */
    private static Step lateBlocking(Step.Write w) {
        return new Step.Write(w.module(), w.status(), Severity.BLOCKING, w.line(), 90, w.dedupeKey());
    }

    /** Lists of any length up to the maximum, even with jqwik's small generation size for few tries. */
    private static Arbitrary<List<Step>> upToMaxSteps(Arbitrary<Step> steps) {
        return steps.list().ofMinSize(1).ofMaxSize(HistoryArbitraries.MAX_STEPS).withSizeDistribution(RandomDistribution.uniform());
    }

    /** Story {@code i} once for each of its entries: a shuffle of these is an interleaving that keeps each order's arrival order. */
    private static List<Integer> turns(List<OrderStory> stories) {
        return IntStream.range(0, stories.size())
                .flatMap(i -> IntStream.range(0, stories.get(i).history().size()).map(e -> i))
                .boxed()
                .toList();
    }

    private static Arrivals interleave(List<OrderStory> stories, List<Integer> turns) {
        int[] next = new int[stories.size()];
        List<NewStatusEntry> entries = new ArrayList<>();
        for (int story : turns) {
            entries.add(unstored(stories.get(story).history().entries().get(next[story]++)));
        }
        return new Arrivals(stories, entries);
    }

    private static NewStatusEntry unstored(StatusEntry e) {
        return new NewStatusEntry(e.id(), e.tenant(), e.order(), e.lineItem(), e.code(), e.category(), e.severity(), e.payload(),
                e.recordedAt(), e.writtenBy(), e.dedupeKey(), e.closes());
    }

    private static Map<String, StatusEntryId> ids(Map<String, StatusEntry> latest) {
        return latest.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, m -> m.getValue().id()));
    }

    private static Map<String, Long> openBlockingPerModule(List<Projected> table, Order order) {
        return table.stream()
                .filter(p -> p.tenantId().equals(order.tenant().value()) && p.orderId().equals(order.id().value()))
                .collect(Collectors.toMap(Projected::module, p -> (long) p.openBlocking()));
    }

    private static Map<String, Long> openBlockingPerModule(StatusHistory history) {
        Map<String, Long> open = history.openBlocking().stream().collect(Collectors.groupingBy(StatusEntry::module, Collectors.counting()));
        return history.latestPerModule().keySet().stream().collect(Collectors.toMap(Function.identity(), m -> open.getOrDefault(m, 0L)));
    }

    private static boolean closesBlocking(List<NewStatusEntry> entries) {
        return entries.stream().anyMatch(e -> e.closes().isPresent()
                && entries.stream().anyMatch(b -> b.isBlocking() && b.id().equals(e.closes().get())));
    }

    /** Whether a BLOCKING entry arrives after a newer entry of its module: it must count without becoming the latest. */
    private static boolean olderThanLatest(List<NewStatusEntry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            NewStatusEntry later = entries.get(i);
            boolean older = later.isBlocking() && entries.subList(0, i).stream().anyMatch(e -> e.order().equals(later.order())
                    && e.code().namespace().equals(later.code().namespace()) && later.recordedAt().isBefore(e.recordedAt()));
            if (older) {
                return true;
            }
        }
        return false;
    }
}
