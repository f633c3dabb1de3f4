package dev.ordercore.adapter.postgres;

import dev.ordercore.application.port.out.AssetRepository;
import dev.ordercore.application.port.out.CategoryRepository;
import dev.ordercore.application.port.out.KlassRepository;
import dev.ordercore.application.port.out.ProductRepository;
import dev.ordercore.domain.catalog.Asset;
import dev.ordercore.domain.catalog.AssetId;
import dev.ordercore.domain.catalog.Category;
import dev.ordercore.domain.catalog.CategoryId;
import dev.ordercore.domain.catalog.Klass;
import dev.ordercore.domain.catalog.KlassId;
import dev.ordercore.domain.catalog.Product;
import dev.ordercore.domain.catalog.ProductId;
import dev.ordercore.domain.shared.TenantId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The four catalog stores (being written). */
final class PostgresCatalogRepository {

    private PostgresCatalogRepository() {
    }

    static final class Categories implements CategoryRepository {
        Categories(Database db) {
        }

        @Override
        public void insert(Category entry) {
            throw new UnsupportedOperationException("not yet on PostgreSQL");
        }

        @Override
        public Optional<Category> find(TenantId tenant, CategoryId id) {
            throw new UnsupportedOperationException("not yet on PostgreSQL");
        }

        @Override
        public List<Category> findAll(TenantId tenant, Collection<CategoryId> ids) {
            throw new UnsupportedOperationException("not yet on PostgreSQL");
        }

        @Override
        public List<Category> list(TenantId tenant, Optional<CategoryId> after, int limit) {
            throw new UnsupportedOperationException("not yet on PostgreSQL");
        }
    }

    static final class Klasses implements KlassRepository {
        Klasses(Database db) {
        }

        @Override
        public void insert(Klass entry) {
            throw new UnsupportedOperationException("not yet on PostgreSQL");
        }

        @Override
        public Optional<Klass> find(TenantId tenant, KlassId id) {
            throw new UnsupportedOperationException("not yet on PostgreSQL");
        }

        @Override
        public List<Klass> findAll(TenantId tenant, Collection<KlassId> ids) {
            throw new UnsupportedOperationException("not yet on PostgreSQL");
        }

        @Override
        public List<Klass> list(TenantId tenant, Optional<KlassId> after, int limit) {
            throw new UnsupportedOperationException("not yet on PostgreSQL");
        }
    }

    static final class Products implements ProductRepository {
        Products(Database db) {
        }

        @Override
        public void insert(Product entry) {
            throw new UnsupportedOperationException("not yet on PostgreSQL");
        }

        @Override
        public Optional<Product> find(TenantId tenant, ProductId id) {
            throw new UnsupportedOperationException("not yet on PostgreSQL");
        }

        @Override
        public List<Product> findAll(TenantId tenant, Collection<ProductId> ids) {
            throw new UnsupportedOperationException("not yet on PostgreSQL");
        }

        @Override
        public List<Product> list(TenantId tenant, Optional<ProductId> after, int limit) {
            throw new UnsupportedOperationException("not yet on PostgreSQL");
        }
    }

    static final class Assets implements AssetRepository {
        Assets(Database db) {
        }

        @Override
        public void insert(Asset entry) {
            throw new UnsupportedOperationException("not yet on PostgreSQL");
        }

        @Override
        public Optional<Asset> find(TenantId tenant, AssetId id) {
            throw new UnsupportedOperationException("not yet on PostgreSQL");
        }

        @Override
        public List<Asset> findAll(TenantId tenant, Collection<AssetId> ids) {
            throw new UnsupportedOperationException("not yet on PostgreSQL");
        }

        @Override
        public List<Asset> list(TenantId tenant, Optional<AssetId> after, int limit) {
            throw new UnsupportedOperationException("not yet on PostgreSQL");
        }
    }
}
