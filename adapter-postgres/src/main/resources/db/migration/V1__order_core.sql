-- ordercore schema, version 1.
--
-- Every table is keyed by tenant first: tenant_id leads every primary key, unique key and foreign
-- key, so the schema can be distributed by tenant_id (Citus) unchanged (docs/decisions/0006).
-- Every constraint is named, so generated code and error messages stay stable.
-- Text that must sort the same everywhere (ids of intents, source systems) uses COLLATE "C".
-- Parts jOOQ's DDL parser cannot read (row-level security, grants, PL/pgSQL, indexes on text)
-- sit between jooq ignore markers; Flyway runs them, the generated code does not need them.

create table categories (
    tenant_id   varchar(63) not null,
    id          uuid        not null,
    name        varchar(200) not null,
    type        text        not null,
    created_at  timestamptz not null,
    constraint categories_pk primary key (tenant_id, id),
    constraint categories_name_uk unique (tenant_id, name),
    constraint categories_type_ck check (type in ('SALE', 'RENTAL', 'SERVICE', 'PART', 'FEE'))
);

create table klasses (
    tenant_id   varchar(63) not null,
    id          uuid        not null,
    name        varchar(200) not null,
    category_id uuid        not null,
    pricing     jsonb       not null,
    created_at  timestamptz not null,
    constraint klasses_pk primary key (tenant_id, id),
    constraint klasses_name_uk unique (tenant_id, category_id, name),
    constraint klasses_category_fk foreign key (tenant_id, category_id) references categories (tenant_id, id)
);

create table products (
    tenant_id   varchar(63) not null,
    id          uuid        not null,
    klass_id    uuid        not null,
    sku         varchar(64) not null,
    name        text        not null,
    attributes  jsonb       not null,
    created_at  timestamptz not null,
    constraint products_pk primary key (tenant_id, id),
    constraint products_sku_uk unique (tenant_id, sku),
    constraint products_klass_fk foreign key (tenant_id, klass_id) references klasses (tenant_id, id)
);

create table assets (
    tenant_id     varchar(63) not null,
    id            uuid        not null,
    product_id    uuid        not null,
    serial_number varchar(100) not null,
    created_at    timestamptz not null,
    constraint assets_pk primary key (tenant_id, id),
    constraint assets_serial_uk unique (tenant_id, product_id, serial_number),
    constraint assets_product_fk foreign key (tenant_id, product_id) references products (tenant_id, id)
);

create table orders (
    tenant_id          varchar(63) not null,
    id                 uuid        not null,
    number             varchar(30) not null,
    currency           text        not null,
    customer_id        uuid,
    vendor_id          uuid,
    notes              text,
    internal_notes     text,
    contact            jsonb,
    delivery_address   jsonb,
    estimated_delivery date,
    confirmed_delivery date,
    intent_source      text,
    intent_id          text,
    created_by         text        not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            bigint      not null,
    deleted_at         timestamptz,
    lifecycle          text        not null,
    status             text        not null,
    open_blocks        jsonb       not null,
    blocking_count     integer     not null,
    customers          uuid[]      not null,
    constraint orders_pk primary key (tenant_id, id),
    constraint orders_number_uk unique (tenant_id, number),
    constraint orders_version_ck check (version >= 1),
    constraint orders_blocking_count_ck check (blocking_count >= 0),
    constraint orders_intent_ck check ((intent_source is null) = (intent_id is null))
);

create table line_items (
    tenant_id    varchar(63) not null,
    id           uuid        not null,
    order_id     uuid        not null,
    position     integer     not null,
    ref          text,
    kind         text        not null,
    klass_id     uuid,
    product_id   uuid,
    asset_id     uuid,
    description  text,
    quantity     integer     not null,
    unit_price   numeric     not null,
    amount       numeric     not null,
    currency     text        not null,
    date_from    date        not null,
    date_to      date,
    deliveries   jsonb       not null,
    customer_id  uuid,
    vendor_id    uuid,
    billing      jsonb,
    modifies     uuid,
    snapshot     jsonb,
    lifecycle    text        not null,
    status       text        not null,
    added_at     timestamptz not null,
    constraint line_items_pk primary key (tenant_id, id),
    constraint line_items_position_uk unique (tenant_id, order_id, position),
    constraint line_items_order_fk foreign key (tenant_id, order_id) references orders (tenant_id, id),
    constraint line_items_kind_ck check (kind in ('SALE', 'RENTAL', 'SERVICE', 'PURCHASE', 'CHARGE')),
    constraint line_items_quantity_ck check (quantity >= 1)
);

-- The append-only history (R17): the application role may insert and read, never update or delete.
create table status_history (
    tenant_id     varchar(63) not null,
    id            uuid        not null,
    order_id      uuid        not null,
    sequence      bigint      generated always as identity,
    line_item_id  uuid,
    namespace     text        not null,
    status        text        not null,
    category      text,
    severity      text        not null,
    payload       jsonb       not null,
    recorded_at   timestamptz not null,
    written_by    text        not null,
    dedupe_key    varchar(200),
    closes        uuid,
    constraint status_history_pk primary key (tenant_id, id),
    constraint status_history_dedupe_uk unique (tenant_id, order_id, dedupe_key),
    constraint status_history_closes_uk unique (tenant_id, order_id, closes),
    constraint status_history_order_fk foreign key (tenant_id, order_id) references orders (tenant_id, id),
    constraint status_history_closed_fk foreign key (tenant_id, closes) references status_history (tenant_id, id),
    constraint status_history_severity_ck check (severity in ('INFO', 'WARNING', 'BLOCKING'))
);

-- The projection (R20): per order and module, the newest entry (by recorded_at, then arrival) and
-- how many BLOCKING entries of the module are still open. Upserted in the append's statement.
create table order_module_status (
    tenant_id      varchar(63) not null,
    order_id       uuid        not null,
    module         varchar(40) not null,
    entry_id       uuid        not null,
    recorded_at    timestamptz not null,
    sequence       bigint      not null,
    open_blocking  integer     not null,
    constraint order_module_status_pk primary key (tenant_id, order_id, module),
    constraint order_module_status_order_fk foreign key (tenant_id, order_id) references orders (tenant_id, id),
    constraint order_module_status_entry_fk foreign key (tenant_id, entry_id) references status_history (tenant_id, id),
    constraint order_module_status_open_blocking_ck check (open_blocking >= 0)
);

-- Order numbers per tenant, prefix and year: the row lock serializes placements of one tenant-year,
-- so committed numbers have no gaps.
create table order_number_counters (
    tenant_id  varchar(63)    not null,
    prefix     varchar(10) not null,
    year       integer not null,
    last_value bigint  not null,
    constraint order_number_counters_pk primary key (tenant_id, prefix, year)
);

-- Received intents and their outcomes (R21-R25), unique per tenant, source system and intent id.
create table intents (
    tenant_id        varchar(63) not null,
    source_system    varchar(100) not null,
    intent_id        varchar(200) not null,
    contract_version integer     not null,
    payload          jsonb       not null,
    payload_hash     text        not null,
    received_at      timestamptz not null,
    received_by      text        not null,
    outcome          text        not null,
    order_id         uuid,
    order_number     text,
    reasons          jsonb,
    constraint intents_pk primary key (tenant_id, source_system, intent_id),
    constraint intents_outcome_ck check (outcome in ('ACCEPTED', 'REJECTED')),
    constraint intents_accepted_ck check ((outcome = 'ACCEPTED') = (order_id is not null and order_number is not null)),
    constraint intents_rejected_ck check ((outcome = 'REJECTED') = (reasons is not null))
);

create table relations (
    tenant_id    varchar(63) not null,
    id           uuid        not null,
    source_type  varchar(40) not null,
    source_id    varchar(200) not null,
    target_type  varchar(40) not null,
    target_id    varchar(200) not null,
    type         varchar(40) not null,
    metadata     jsonb       not null,
    created_at   timestamptz not null,
    created_by   text        not null,
    constraint relations_pk primary key (tenant_id, id),
    constraint relations_ends_uk unique (tenant_id, source_type, source_id, target_type, target_id, type)
);

create table cases (
    tenant_id    varchar(63) not null,
    id           uuid        not null,
    title        text        not null,
    tags         jsonb       not null,
    status       text        not null,
    created_at   timestamptz not null,
    created_by   text        not null,
    closed_at    timestamptz,
    closed_by    text,
    close_reason text,
    forced       boolean     not null,
    version      bigint      not null,
    constraint cases_pk primary key (tenant_id, id),
    constraint cases_version_ck check (version >= 1)
);

-- Events, in the shape Debezium's outbox event router reads (id, aggregatetype, aggregateid, type,
-- payload), plus the tenant and when the event was recorded. position orders events for the relay;
-- published_at marks what the in-process relay has handed to every subscriber.
create table outbox (
    tenant_id     varchar(63) not null,
    id            uuid        not null,
    aggregatetype text        not null,
    aggregateid   text        not null,
    type          text        not null,
    payload       jsonb       not null,
    created_at    timestamptz not null,
    occurred_at   timestamptz not null,
    position      bigint      generated always as identity,
    published_at  timestamptz,
    constraint outbox_pk primary key (tenant_id, id)
);

/* [jooq ignore start] */
create index line_items_order_ix on line_items (tenant_id, order_id, position);
create index orders_created_ix on orders (tenant_id, created_at desc, id desc);
create index orders_status_ix on orders (tenant_id, status, created_at desc, id desc);
create index orders_customers_ix on orders using gin (customers);
create index status_history_order_ix on status_history (tenant_id, order_id, sequence);
create index intents_receipt_ix on intents (tenant_id, received_at, source_system collate "C", intent_id collate "C");
create index relations_source_ix on relations (tenant_id, source_type, source_id);
create index relations_target_ix on relations (tenant_id, target_type, target_id);
create index outbox_unpublished_ix on outbox (position) where published_at is null;
create index outbox_unpublished_aggregate_ix on outbox (tenant_id, aggregatetype, aggregateid, position) where published_at is null;
/* [jooq ignore stop] */
