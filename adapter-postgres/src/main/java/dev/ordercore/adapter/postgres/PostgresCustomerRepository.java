package dev.ordercore.adapter.postgres;

import dev.ordercore.adapter.postgres.jooq.tables.records.CustomersRecord;
import dev.ordercore.application.port.out.CustomerFilter;
import dev.ordercore.application.port.out.CustomerRepository;
import dev.ordercore.application.port.out.DuplicateKeyException;
import dev.ordercore.application.port.out.StaleVersionException;
import dev.ordercore.domain.customer.BusinessType;
import dev.ordercore.domain.customer.Customer;
import dev.ordercore.domain.customer.DeliveryPreferences;
import dev.ordercore.domain.customer.DeliveryWindow;
import dev.ordercore.domain.json.JsonObject;
import dev.ordercore.domain.json.JsonString;
import dev.ordercore.domain.order.Contact;
import dev.ordercore.domain.order.CustomerId;
import dev.ordercore.domain.shared.Address;
import dev.ordercore.domain.shared.EntityType;
import dev.ordercore.domain.shared.Money;
import dev.ordercore.domain.shared.TenantId;
import org.jooq.Condition;
import org.jooq.JSONB;
import org.jooq.impl.DSL;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static dev.ordercore.adapter.postgres.jooq.Tables.CUSTOMERS;

/**
 * Customers, a row each; contact and delivery preferences as JSON in the API's field names, the
 * credit limit as an amount and a currency. An update applies only to the version it was based on.
 */
final class PostgresCustomerRepository implements CustomerRepository {

    private final Database db;

    PostgresCustomerRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Customer> find(TenantId tenant, CustomerId id) {
        return db.run(tenant, dsl -> dsl.selectFrom(CUSTOMERS)
                .where(CUSTOMERS.TENANT_ID.eq(tenant.value()), CUSTOMERS.ID.eq(id.value()))
                .fetchOptional(PostgresCustomerRepository::customer));
    }

    @Override
    public List<Customer> findAll(TenantId tenant, Collection<CustomerId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] wanted = ids.stream().map(CustomerId::value).distinct().toArray(UUID[]::new);
        Map<UUID, Customer> found = db.run(tenant, dsl -> dsl.selectFrom(CUSTOMERS)
                .where(CUSTOMERS.TENANT_ID.eq(tenant.value()), CUSTOMERS.ID.eq(DSL.any(DSL.val(wanted))))
                .fetchMap(CUSTOMERS.ID, PostgresCustomerRepository::customer));
        return Arrays.stream(wanted).map(found::get).filter(Objects::nonNull).toList();
    }

    @Override
    public void insert(Customer customer) {
        db.run(customer.tenant(), dsl -> {
            if (dsl.insertInto(CUSTOMERS).set(row(customer)).onConflictDoNothing().execute() == 0) {
                throw new DuplicateKeyException(EntityType.CUSTOMER, "id " + customer.id());
            }
            return null;
        });
    }

    @Override
    public void update(Customer customer, long expectedVersion) {
        String tenant = customer.tenant().value();
        CustomersRecord row = row(customer);
        row.changed(true); // every column, the empty ones too: a field that was cleared must not keep its old value
        row.changed(CUSTOMERS.TENANT_ID, false);
        row.changed(CUSTOMERS.ID, false);
        db.run(customer.tenant(), dsl -> {
            int updated = dsl.update(CUSTOMERS)
                    .set(row)
                    .where(CUSTOMERS.TENANT_ID.eq(tenant), CUSTOMERS.ID.eq(customer.id().value()), CUSTOMERS.VERSION.eq(expectedVersion))
                    .execute();
            if (updated == 0) {
                long actual = dsl.select(CUSTOMERS.VERSION).from(CUSTOMERS)
                        .where(CUSTOMERS.TENANT_ID.eq(tenant), CUSTOMERS.ID.eq(customer.id().value()))
                        .fetchOptional(CUSTOMERS.VERSION)
                        .orElseThrow(() -> new IllegalStateException("customer " + customer.id() + " was never stored"));
                throw new StaleVersionException(EntityType.CUSTOMER, customer.id().toString(), expectedVersion, actual);
            }
            return null;
        });
    }

    @Override
    public List<Customer> list(TenantId tenant, CustomerFilter filter, Optional<CustomerId> after, int limit) {
        Condition where = CUSTOMERS.TENANT_ID.eq(tenant.value())
                .and(after.map(a -> CUSTOMERS.ID.gt(a.value())).orElse(DSL.noCondition()))
                .and(filter.nameContains().map(CUSTOMERS.NAME::containsIgnoreCase).orElse(DSL.noCondition()))
                .and(filter.businessType().map(t -> CUSTOMERS.BUSINESS_TYPE.eq(t.name())).orElse(DSL.noCondition()))
                .and(filter.createdFrom().map(from -> CUSTOMERS.CREATED_AT.ge(Rows.ts(Rows.ceilToMicros(from)))).orElse(DSL.noCondition()))
                .and(filter.createdTo().map(to -> CUSTOMERS.CREATED_AT.lt(Rows.ts(Rows.ceilToMicros(to)))).orElse(DSL.noCondition()));
        return db.run(tenant, dsl -> dsl.selectFrom(CUSTOMERS)
                .where(where)
                .orderBy(CUSTOMERS.ID)
                .limit(limit)
                .fetch(PostgresCustomerRepository::customer));
    }

    private static CustomersRecord row(Customer customer) {
        Customer.State s = customer.state();
        return new CustomersRecord(s.tenant().value(), s.id().value(), s.name(), s.businessType().name(),
                s.contact().map(PostgresCustomerRepository::contact).orElse(null), s.paymentTermsDays().orElse(null),
                s.creditLimit().map(Money::amount).orElse(null), s.creditLimit().map(m -> m.currency().getCurrencyCode()).orElse(null),
                s.delivery().isEmpty() ? null : delivery(s.delivery()), Rows.ts(s.createdAt()), Rows.ts(s.updatedAt()), s.version());
    }

    private static Customer customer(CustomersRecord r) {
        Optional<Money> limit = Optional.ofNullable(r.getCreditLimit())
                .map(amount -> new Money(amount.stripTrailingZeros(), Currency.getInstance(r.getCreditCurrency())));
        return Customer.rehydrate(new Customer.State(new CustomerId(r.getId()), TenantId.of(r.getTenantId()), r.getName(),
                BusinessType.valueOf(r.getBusinessType()), Optional.ofNullable(r.getContact()).map(PostgresCustomerRepository::contact),
                Optional.ofNullable(r.getPaymentTermsDays()), limit,
                Optional.ofNullable(r.getDelivery()).map(PostgresCustomerRepository::delivery).orElse(DeliveryPreferences.NONE),
                Rows.instant(r.getCreatedAt()), Rows.instant(r.getUpdatedAt()), r.getVersion()));
    }

    private static JSONB contact(Contact c) {
        JsonObject.Builder b = JsonObject.builder();
        c.person().ifPresent(p -> b.put("person", p));
        c.phone().ifPresent(p -> b.put("phone", p));
        c.email().ifPresent(e -> b.put("email", e));
        return JsonText.jsonb(b.build());
    }

    private static Contact contact(JSONB stored) {
        JsonObject o = JsonText.object(stored);
        return new Contact(text(o, "person"), text(o, "phone"), text(o, "email"));
    }

    private static JSONB delivery(DeliveryPreferences d) {
        JsonObject.Builder b = JsonObject.builder();
        d.address().ifPresent(a -> {
            JsonObject.Builder address = JsonObject.builder().put("line1", a.line1());
            a.line2().ifPresent(l -> address.put("line2", l));
            b.put("address", address.put("postalCode", a.postalCode()).put("city", a.city()).put("countryCode", a.countryCode()).build());
        });
        d.window().ifPresent(w -> b.put("windowFrom", w.from().toString()).put("windowTo", w.to().toString()));
        d.instructions().ifPresent(i -> b.put("instructions", i));
        return JsonText.jsonb(b.build());
    }

    private static DeliveryPreferences delivery(JSONB stored) {
        JsonObject o = JsonText.object(stored);
        Optional<Address> address = o.get("address").map(v -> {
            JsonObject a = (JsonObject) v;
            return new Address(text(a, "line1").orElseThrow(), text(a, "line2"), text(a, "postalCode").orElseThrow(),
                    text(a, "city").orElseThrow(), text(a, "countryCode").orElseThrow());
        });
        Optional<DeliveryWindow> window = text(o, "windowFrom")
                .map(from -> new DeliveryWindow(LocalTime.parse(from), LocalTime.parse(text(o, "windowTo").orElseThrow())));
        return new DeliveryPreferences(address, window, text(o, "instructions"));
    }

    private static Optional<String> text(JsonObject o, String key) {
        return o.get(key).map(v -> ((JsonString) v).value());
    }
}
