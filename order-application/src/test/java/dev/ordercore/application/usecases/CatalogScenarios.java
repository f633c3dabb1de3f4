package dev.ordercore.application.usecases;

import dev.ordercore.application.port.in.CreateAssetCommand;
import dev.ordercore.domain.catalog.Asset;
import dev.ordercore.domain.catalog.CatalogEvents;
import dev.ordercore.domain.catalog.CatalogJson;
import java.time.Duration;
import dev.ordercore.application.fixtures.Principals;
import dev.ordercore.application.port.in.CreateCategoryCommand;
import dev.ordercore.application.port.in.CreateKlassCommand;
import dev.ordercore.application.port.in.CreateProductCommand;
import dev.ordercore.application.port.in.GetCatalogEntryQuery;
import dev.ordercore.application.port.in.ListCatalogQuery;
import dev.ordercore.application.port.out.Page;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.catalog.CategoryType;
import dev.ordercore.domain.catalog.Frequency;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.shared.OrderError;
import dev.ordercore.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog an order refers to (seed 003): categories, klasses with prices as data, products, assets. */
public abstract class CatalogScenarios extends CoreScenarios {

    private static final Currency SEK = Currency.getInstance("SEK");

    @Test
    void a_klass_with_every_kind_of_mistake_reports_them_all() {
        OrderError error = refused(core.createKlass().create(new CreateKlassCommand(Principals.admin(TENANT), TENANT, " ",
                new CategoryId(UUID.randomUUID()), List.of(
                new Klass.PriceDraft(Frequency.DAY, new BigDecimal("-1"), SEK),
                new Klass.PriceDraft(null, new BigDecimal("1.005"), SEK),
                new Klass.PriceDraft(Frequency.WEEK, null, null)))));

        assertThat(((OrderError.ValidationFailed) error).violations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("name", "blank"),
                org.assertj.core.groups.Tuple.tuple("categoryId", "unknown_category"),
                org.assertj.core.groups.Tuple.tuple("pricing[0].price", "negative"),
                org.assertj.core.groups.Tuple.tuple("pricing[1].price", "too_many_decimals"),
                org.assertj.core.groups.Tuple.tuple("pricing[2].price", "required"),
                org.assertj.core.groups.Tuple.tuple("pricing[2].currency", "required"));
    }

    @Test
    void R36_only_admins_manage_the_catalog_and_everyone_in_the_tenant_reads_it() {
        assertThat(refused(core.createCategory().create(new CreateCategoryCommand(Principals.operator(TENANT), TENANT, "Parts",
                CategoryType.PART)))).isInstanceOf(OrderError.Forbidden.class);
        Category parts = ok(core.createCategory().create(new CreateCategoryCommand(Principals.admin(TENANT), TENANT, "Parts",
                CategoryType.PART)));

        assertThat(ok(core.getCategory().get(new GetCatalogEntryQuery<>(Principals.viewer(TENANT), TENANT, parts.id())))).isEqualTo(parts);
        assertThat(ok(core.getCategory().get(new GetCatalogEntryQuery<>(Principals.module(TENANT, "billing"), TENANT, parts.id()))))
                .isEqualTo(parts);
        assertThat(refused(core.getCategory().get(new GetCatalogEntryQuery<>(Principals.viewer(OTHER_TENANT), OTHER_TENANT, parts.id())))
                .code()).isEqualTo("category.not_found");
    }

    @Test
    void natural_keys_are_unique_per_tenant() {
        assertThat(refused(core.createProduct().create(new CreateProductCommand(Principals.admin(TENANT), TENANT, catalog.wineKlass(),
                "WINE-CHABLIS-2022", "Another Chablis", JsonObject.empty())))).isInstanceOf(OrderError.AlreadyExists.class);
        assertThat(refused(core.createCategory().create(new CreateCategoryCommand(Principals.admin(TENANT), TENANT, "Wines",
                CategoryType.SALE))).code()).isEqualTo("category.already_exists");
    }

    @Test
    void lists_page_through_every_entry_once_in_creation_order() {
        Category first = ok(core.createCategory().create(new CreateCategoryCommand(Principals.admin(TENANT), TENANT, "A", CategoryType.FEE)));
        for (int i = 0; i < 6; i++) {
            ok(core.createCategory().create(new CreateCategoryCommand(Principals.admin(TENANT), TENANT, "Fees " + i, CategoryType.FEE)));
        }
        List<Category> seen = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<Category> page = ok(core.listCategories().list(new ListCatalogQuery(Principals.viewer(TENANT), TENANT, 4, cursor)));
            seen.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor.isPresent());

        assertThat(seen).hasSize(10).doesNotHaveDuplicates();
        assertThat(seen.get(3)).isEqualTo(first);
        assertThat(refused(core.listCategories().list(new ListCatalogQuery(Principals.viewer(TENANT), TENANT, 0, Optional.empty()))))
                .isInstanceOf(OrderError.ValidationFailed.class);
        assertThat(refused(core.listKlasses().list(new ListCatalogQuery(Principals.viewer(TENANT), TENANT, 5, Optional.of("garbage!")))))
                .isInstanceOf(OrderError.ValidationFailed.class);
        assertThat(ok(core.getKlass().get(new GetCatalogEntryQuery<KlassId>(Principals.viewer(TENANT), TENANT, catalog.excavator())))
                .pricing()).hasSize(3);
    }

    @Test
    void an_asset_is_stored_as_created_and_its_creation_is_committed_under_its_id() {
        clock.advance(Duration.ofMinutes(5));
        int before = committedEvents().size();

        Asset asset = ok(core.createAsset().create(new CreateAssetCommand(Principals.admin(TENANT), TENANT, catalog.excavatorProduct(),
                "EXC-0004")));

        assertThat(asset).isEqualTo(new Asset(asset.id(), TENANT, catalog.excavatorProduct(), "EXC-0004", clock.instant(), Optional.empty()));
        assertThat(ok(core.getAsset().get(new GetCatalogEntryQuery<>(Principals.viewer(TENANT), TENANT, asset.id())))).isEqualTo(asset);
        assertThat(committedSince(before)).containsExactly(Committed.of(new CatalogEvents.CatalogEntryCreated(TENANT, "asset",
                asset.id().toString(), CatalogJson.of(asset), clock.instant())));
    }
}
