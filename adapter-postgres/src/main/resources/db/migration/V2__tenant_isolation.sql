-- Row-level security: a second wall behind the application's tenant filter. Every query of the
-- application role sees and writes only the rows of the tenant its transaction has set with
-- set_config('ordercore.tenant_id', <tenant>, true); with no tenant set it sees nothing.
-- FORCE makes the policies hold for the tables' owner too; superusers still bypass them, so the
-- application must connect as a role that is neither owner nor superuser (${app_role}, below).
-- The role is created here without LOGIN: a deployment grants it to the user it connects as.

/* [jooq ignore start] */
do $$
begin
    if not exists (select from pg_roles where rolname = '${app_role}') then
        create role ${app_role} nologin;
    end if;
end
$$;

grant usage on schema ${flyway:defaultSchema} to ${app_role};

grant select, insert, update on categories, klasses, products, assets to ${app_role};
grant select, insert, update on orders, line_items, order_module_status, order_number_counters, cases to ${app_role};
grant select, insert, delete on relations to ${app_role};
grant select, insert on intents, status_history to ${app_role};
grant select, insert, update, delete on outbox to ${app_role};

alter table categories enable row level security;
alter table categories force row level security;
create policy categories_tenant on categories
    using (tenant_id = current_setting('ordercore.tenant_id', true))
    with check (tenant_id = current_setting('ordercore.tenant_id', true));

alter table klasses enable row level security;
alter table klasses force row level security;
create policy klasses_tenant on klasses
    using (tenant_id = current_setting('ordercore.tenant_id', true))
    with check (tenant_id = current_setting('ordercore.tenant_id', true));

alter table products enable row level security;
alter table products force row level security;
create policy products_tenant on products
    using (tenant_id = current_setting('ordercore.tenant_id', true))
    with check (tenant_id = current_setting('ordercore.tenant_id', true));

alter table assets enable row level security;
alter table assets force row level security;
create policy assets_tenant on assets
    using (tenant_id = current_setting('ordercore.tenant_id', true))
    with check (tenant_id = current_setting('ordercore.tenant_id', true));

alter table orders enable row level security;
alter table orders force row level security;
create policy orders_tenant on orders
    using (tenant_id = current_setting('ordercore.tenant_id', true))
    with check (tenant_id = current_setting('ordercore.tenant_id', true));

alter table line_items enable row level security;
alter table line_items force row level security;
create policy line_items_tenant on line_items
    using (tenant_id = current_setting('ordercore.tenant_id', true))
    with check (tenant_id = current_setting('ordercore.tenant_id', true));

alter table status_history enable row level security;
alter table status_history force row level security;
create policy status_history_tenant on status_history
    using (tenant_id = current_setting('ordercore.tenant_id', true))
    with check (tenant_id = current_setting('ordercore.tenant_id', true));

alter table order_module_status enable row level security;
alter table order_module_status force row level security;
create policy order_module_status_tenant on order_module_status
    using (tenant_id = current_setting('ordercore.tenant_id', true))
    with check (tenant_id = current_setting('ordercore.tenant_id', true));

alter table order_number_counters enable row level security;
alter table order_number_counters force row level security;
create policy order_number_counters_tenant on order_number_counters
    using (tenant_id = current_setting('ordercore.tenant_id', true))
    with check (tenant_id = current_setting('ordercore.tenant_id', true));

alter table intents enable row level security;
alter table intents force row level security;
create policy intents_tenant on intents
    using (tenant_id = current_setting('ordercore.tenant_id', true))
    with check (tenant_id = current_setting('ordercore.tenant_id', true));

alter table relations enable row level security;
alter table relations force row level security;
create policy relations_tenant on relations
    using (tenant_id = current_setting('ordercore.tenant_id', true))
    with check (tenant_id = current_setting('ordercore.tenant_id', true));

alter table cases enable row level security;
alter table cases force row level security;
create policy cases_tenant on cases
    using (tenant_id = current_setting('ordercore.tenant_id', true))
    with check (tenant_id = current_setting('ordercore.tenant_id', true));

-- The outbox is read across tenants by the relay (and by Debezium, which reads the WAL). A
-- transaction of the stores sees and writes its tenant's events; the relay's own transactions set
-- ordercore.relay = on to claim and mark the events of every tenant in one statement each.
alter table outbox enable row level security;
alter table outbox force row level security;
create policy outbox_tenant on outbox
    using (tenant_id = current_setting('ordercore.tenant_id', true) or current_setting('ordercore.relay', true) = 'on')
    with check (tenant_id = current_setting('ordercore.tenant_id', true) or current_setting('ordercore.relay', true) = 'on');
/* [jooq ignore stop] */
