-- ordercore schema, version 3: order modifiers and their rules (seed 003), soft deletion of every
-- catalog entry, and what a charge line charges.
--
-- Catalog entries are never deleted: deleted_at marks them, they stay readable, and the
-- application role has no DELETE privilege on them. Line items reference the klass, product, asset,
-- modifier and rule they use with foreign keys, so nothing an order uses can disappear from under it.
-- A deleted entry keeps its natural key (a SKU, a name) taken.

alter table categories add column deleted_at timestamptz;
alter table klasses add column deleted_at timestamptz;
alter table products add column deleted_at timestamptz;
alter table assets add column deleted_at timestamptz;

create table order_modifiers (
    tenant_id   varchar(63)  not null,
    id          uuid         not null,
    name        varchar(200) not null,
    kind        text         not null,
    description text,
    created_at  timestamptz  not null,
    deleted_at  timestamptz,
    constraint order_modifiers_pk primary key (tenant_id, id),
    constraint order_modifiers_name_uk unique (tenant_id, name),
    constraint order_modifiers_kind_ck check (kind in ('DELIVERY', 'DAMAGE_WAIVER', 'FEE', 'OTHER'))
);

-- A rule: a condition on the line (kinds, category, klass, minimum amount; absent parts hold for
-- every line) and one effect: FIXED or PER_UNIT state an amount and its currency, PERCENT a
-- percent of the line. Money is unconstrained numeric, keeping the scale it was given.
create table order_modifier_rules (
    tenant_id             varchar(63) not null,
    id                    uuid        not null,
    modifier_id           uuid        not null,
    condition_kinds       text[]      not null,
    condition_category_id uuid,
    condition_klass_id    uuid,
    min_line_amount       numeric,
    min_line_currency     text,
    effect_type           text        not null,
    effect_amount         numeric,
    effect_currency       text,
    effect_percent        numeric,
    created_at            timestamptz not null,
    deleted_at            timestamptz,
    constraint order_modifier_rules_pk primary key (tenant_id, id),
    constraint order_modifier_rules_modifier_fk foreign key (tenant_id, modifier_id) references order_modifiers (tenant_id, id),
    constraint order_modifier_rules_category_fk foreign key (tenant_id, condition_category_id) references categories (tenant_id, id),
    constraint order_modifier_rules_klass_fk foreign key (tenant_id, condition_klass_id) references klasses (tenant_id, id),
    -- Each branch names every column it needs as not null: a CHECK that comes out NULL would pass.
    constraint order_modifier_rules_min_amount_ck check (
        (min_line_amount is null and min_line_currency is null)
        or (min_line_amount is not null and min_line_amount >= 0 and min_line_currency is not null)),
    constraint order_modifier_rules_effect_ck check (
        (effect_type = 'PERCENT' and effect_percent is not null and effect_percent > 0 and effect_percent <= 1000
            and effect_amount is null and effect_currency is null)
        or (effect_type in ('FIXED', 'PER_UNIT') and effect_amount is not null and effect_amount >= 0 and effect_currency is not null
            and effect_percent is null))
);

alter table line_items add column charge_modifier_id uuid;
alter table line_items add column charge_kind text;
alter table line_items add column charge_rule_id uuid;
alter table line_items add constraint line_items_klass_fk foreign key (tenant_id, klass_id) references klasses (tenant_id, id);
alter table line_items add constraint line_items_product_fk foreign key (tenant_id, product_id) references products (tenant_id, id);
alter table line_items add constraint line_items_asset_fk foreign key (tenant_id, asset_id) references assets (tenant_id, id);
alter table line_items add constraint line_items_charge_modifier_fk
    foreign key (tenant_id, charge_modifier_id) references order_modifiers (tenant_id, id);
alter table line_items add constraint line_items_charge_rule_fk
    foreign key (tenant_id, charge_rule_id) references order_modifier_rules (tenant_id, id);
-- A charge names its modifier and kind together, only on CHARGE lines; a rule only with a modifier.
alter table line_items add constraint line_items_charge_ck check (
    (charge_modifier_id is null and charge_kind is null and charge_rule_id is null)
    or (charge_modifier_id is not null and charge_kind is not null and charge_kind in ('DELIVERY', 'DAMAGE_WAIVER', 'FEE', 'OTHER')
        and kind = 'CHARGE'));

/* [jooq ignore start] */
alter table order_modifier_rules add constraint order_modifier_rules_kinds_ck
    check (condition_kinds <@ array['SALE', 'RENTAL', 'SERVICE', 'PURCHASE', 'CHARGE']::text[]);

grant select, insert, update on order_modifiers, order_modifier_rules to ${app_role};

alter table order_modifiers enable row level security;
alter table order_modifiers force row level security;
create policy order_modifiers_tenant on order_modifiers
    using (tenant_id = current_setting('ordercore.tenant_id', true))
    with check (tenant_id = current_setting('ordercore.tenant_id', true));

alter table order_modifier_rules enable row level security;
alter table order_modifier_rules force row level security;
create policy order_modifier_rules_tenant on order_modifier_rules
    using (tenant_id = current_setting('ordercore.tenant_id', true))
    with check (tenant_id = current_setting('ordercore.tenant_id', true));
/* [jooq ignore stop] */
