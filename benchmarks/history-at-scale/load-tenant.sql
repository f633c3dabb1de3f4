-- One tenant's orders, lines, history and projections for benchmarks/history-at-scale.sh, written
-- with bulk SQL as the schema's owner (not superuser: row-level security is forced on the owner
-- too, so the transaction sets the tenant first). psql variables: tenant (its id), orders (how
-- many orders), seed (a number in [-1, 1] for setseed, so a run can be repeated).
--
-- Every row is what the application itself would have written (docs/benchmarks.md,
-- "History at scale"): orders walk the default order lifecycle (R10) from PENDING through
-- transitions, each an `order:<state>` entry with {"from", "to", "forced"} (R14); their lines walk
-- the line lifecycle (R11) with entries carrying the line's id; a cancelled or rejected order
-- cancels its lines in the same moment (R16); modules (inventory, payment, billing, shipping,
-- channel) append INFO, WARNING and BLOCKING entries, and every BLOCKING entry but the open ones
-- is closed by `<module>:closed` before the order's next transition (R15 holds: no transition is
-- forced). The orders' status, line statuses, open_blocks, blocking_count and version, and
-- order_module_status, are derived from the entries written here, as the stores keep them (R20).

\set ON_ERROR_STOP on
begin;
select set_config('ordercore.tenant_id', :'tenant', true);
set local work_mem = '256MB';
select setseed(:seed);

-- A UUIDv7 (RFC 9562) of ts's milliseconds with random bits, as dev.ordercore.domain.shared.Uuids makes ids.
create or replace function pg_temp.v7(ts timestamptz) returns uuid language sql volatile as $$
    select (substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-7' || substr(r, 16, 3) || substr(r, 19))::uuid
    from (select lpad(to_hex(floor(extract(epoch from ts) * 1000)::bigint), 12, '0') as h, gen_random_uuid()::text as r) x
$$;

-- The plan of each order: when it was created, how long it has lived, how far it got, its lines,
-- how many module events it has (most few, some hundreds, a few thousands) and its open blocks.
create temp table p on commit drop as
select n, created, life, fate, lines, events, open_blocks,
       case when fate <= 6 then fate when fate = 7 then cancelled_from else 0 end as k,
       case when fate <= 6 then fate else (case when fate = 7 then cancelled_from else 0 end) + 1 end as steps,
       cust
from (
    select n, created,
           least(now() - created, interval '21 days') * (0.2 + 0.8 * random()) as life,
           case when f < 0.15 then 0 when f < 0.30 then 1 when f < 0.40 then 2 when f < 0.50 then 3 when f < 0.60 then 4
                when f < 0.65 then 5 when f < 0.90 then 6 when f < 0.97 then 7 else 8 end as fate,
           floor(random() * 4)::int as cancelled_from,
           case when l < 0.50 then 1 when l < 0.80 then 2 else 3 end as lines,
           case when e < 0.70 then 1 + floor(random() * 4) when e < 0.95 then 5 + floor(random() * 20)
                when e < 0.995 then 25 + floor(random() * 175) else 200 + floor(random() * 1800) end::int as events,
           b, md5(:'tenant' || '-customer-' || (n % 500))::uuid as cust
    from (select n, now() - random() * interval '365 days' as created, random() as f, random() as l, random() as e, random() as b
          from generate_series(1, :orders) n) r
) q
cross join lateral (
    -- open BLOCKING entries: only on orders still moving (not COMPLETED, CANCELLED, REJECTED), ~3.5 % of them, a few with two
    select case when fate <= 5 and b < 0.035 then (case when b < 0.01 then 2 else 1 end) else 0 end as open_blocks
) o;
alter table p add column id uuid, add column number text;
update p set id = pg_temp.v7(created), number = x.number
from (select n, 'ORD-' || extract(year from created at time zone 'UTC') || '-'
                 || lpad((row_number() over (partition by extract(year from created at time zone 'UTC') order by created, n))::text, 5, '0') as number
      from p) x
where x.n = p.n;
alter table p add primary key (n);
analyze p;

-- When each step happens: step i of `steps` at created + life * i / (steps + 1); module events fall
-- in the gaps between steps, never across one.
create temp table lines on commit drop as
select p.n, pos, pg_temp.v7(p.created) as id, 1 + floor(random() * 12)::int as quantity,
       round((20 + random() * 480)::numeric, 2) as unit_price
from p cross join generate_series(0, p.lines - 1) pos;
analyze lines;

create temp table h (
    n int, ts timestamptz, sub int, id uuid, line_item_id uuid, namespace text, status text, category text,
    severity text, payload jsonb, written_by text, dedupe_key text, closes uuid, open boolean
) on commit drop;

-- order:submitted (R14)
insert into h
select n, created, 0, pg_temp.v7(created), null, 'order', 'submitted', null, 'INFO',
       jsonb_build_object('status', 'PENDING', 'number', number, 'lineItems', lines), 'shop', null, null, false
from p;

-- The transitions along the main path, each step's order entry, then its lines' (sub 1 + position);
-- before DELIVERED the lines are delivered first (R16: DELIVERED waits for the lines).
create temp table steps (step int, order_first boolean, from_state text, to_state text, line_from text, line_to text) on commit drop;
insert into steps values
    (1, true, 'PENDING', 'CONFIRMED', 'PENDING', 'CONFIRMED'),
    (2, true, 'CONFIRMED', 'PAID', null, null),
    (3, true, 'PAID', 'PREPARING', 'CONFIRMED', 'ALLOCATED'),
    (4, true, 'PREPARING', 'SHIPPED', 'ALLOCATED', 'SHIPPED'),
    (5, false, 'SHIPPED', 'DELIVERED', 'SHIPPED', 'DELIVERED'),
    (6, true, 'DELIVERED', 'COMPLETED', null, null);

insert into h
select p.n, t, case when s.order_first then 0 else 10 end, pg_temp.v7(t), null, 'order', lower(s.to_state), null, 'INFO',
       jsonb_build_object('from', s.from_state, 'to', s.to_state, 'forced', false), 'clerk', null, null, false
from p join steps s on s.step <= p.k
cross join lateral (select p.created + p.life * s.step / (p.steps + 1) as t) x;

insert into h
select p.n, t, case when s.order_first then 1 else 0 end + l.pos, pg_temp.v7(t), l.id, 'order', lower(s.line_to), null, 'INFO',
       jsonb_build_object('from', s.line_from, 'to', s.line_to, 'forced', false), 'warehouse', null, null, false
from p join steps s on s.step <= p.k and s.line_to is not null
join lines l on l.n = p.n
cross join lateral (select p.created + p.life * s.step / (p.steps + 1) as t) x;

-- The end of a cancelled (from PENDING..PREPARING) or rejected (from PENDING) order: its entry,
-- then every line cancelled with it, all in the same moment (R16: all of them can be cancelled there).
insert into h
select p.n, t, 0, pg_temp.v7(t), null, 'order', lower(st), null, 'INFO',
       jsonb_build_object('from', (array['PENDING', 'CONFIRMED', 'PAID', 'PREPARING'])[p.k + 1], 'to', st,
                          'reason', case when p.fate = 7 then 'customer asked' else 'outside the delivery area' end, 'forced', false),
       'clerk', null, null, false
from p cross join lateral (select p.created + p.life * p.steps / (p.steps + 1) as t,
                                  case when p.fate = 7 then 'CANCELLED' else 'REJECTED' end as st) x
where p.fate >= 7;

insert into h
select p.n, t, 1 + l.pos, pg_temp.v7(t), l.id, 'order', 'cancelled', null, 'INFO',
       jsonb_build_object('from', (array['PENDING', 'CONFIRMED', 'CONFIRMED', 'ALLOCATED'])[p.k + 1], 'to', 'CANCELLED',
                          'reason', case when p.fate = 7 then 'order cancelled' else 'order rejected' end, 'forced', false),
       'clerk', null, null, false
from p join lines l on l.n = p.n
cross join lateral (select p.created + p.life * p.steps / (p.steps + 1) as t) x
where p.fate >= 7;

-- Module events: 15 % a BLOCKING entry and its closer (`<module>:closed`, INFO, {"closes": code}),
-- 10 % a WARNING, the rest INFO; inventory entries name a line. Event e falls in gap (e - 1) mod
-- (steps + 1), a BLOCKING entry and its closer both inside that gap.
create temp table ev on commit drop as
select p.n, e, m.module, m.block_status, m.info_status, m.warn_status, m.category, kind,
       l.id as line_item_id,
       gap_start + gap_len * (0.1 + 0.8 * u) as t, gap_len
from p cross join generate_series(1, p.events) e
cross join lateral (select random() as r, random() as u, random() as w) rr
cross join lateral (select ((e - 1) % (p.steps + 1)) as g) gg
cross join lateral (select p.created + p.life * g / (p.steps + 1) as gap_start, p.life / (p.steps + 1) as gap_len) gl
cross join lateral (select case when rr.r < 0.15 then 'block' when rr.r < 0.25 then 'warn' else 'info' end as kind) kk
join (values (0, 'inventory', 'reservation_backordered', 'reserved', 'stock_low', 'fulfillment'),
             (1, 'payment', 'authorization_pending', 'captured', 'retrying', 'finance'),
             (2, 'billing', 'credit_hold', 'invoice_issued', 'reminder_sent', 'finance'),
             (3, 'shipping', 'address_unverified', 'label_created', 'delayed', 'fulfillment'),
             (4, 'channel', 'sync_paused', 'synced', 'sync_slow', 'channel'))
     as m(i, module, block_status, info_status, warn_status, category) on m.i = floor(rr.w * 5)::int
left join lines l on m.module = 'inventory' and l.n = p.n and l.pos = e % p.lines;
alter table ev add column block_id uuid;
update ev set block_id = pg_temp.v7(t) where kind = 'block';
analyze ev;

insert into h
select n, t, 0, coalesce(block_id, pg_temp.v7(t)), line_item_id, module,
       case kind when 'block' then block_status when 'warn' then warn_status else info_status end, category,
       case kind when 'block' then 'BLOCKING' when 'warn' then 'WARNING' else 'INFO' end,
       case module when 'inventory' then jsonb_build_object('sku', 'SKU-' || (e % 997), 'quantity', 1 + e % 7)
                   when 'payment' then jsonb_build_object('provider', 'adyen', 'attempt', e)
                   when 'billing' then jsonb_build_object('invoice', 'INV-' || n || '-' || e)
                   when 'shipping' then jsonb_build_object('carrier', 'postnord', 'parcel', n * 1000 + e)
                   else jsonb_build_object('channel', 'shopify', 'event', e) end,
       module || '-writer', case when e % 3 = 0 then module || '-' || e end, null, false
from ev;

insert into h
select n, t + gap_len * 0.05, 0, pg_temp.v7(t + gap_len * 0.05), line_item_id, module, 'closed', category, 'INFO',
       jsonb_build_object('closes', module || ':' || block_status), module || '-writer', null, block_id, false
from ev where kind = 'block';

-- Open blocks, after the order's last transition: inventory backordered on its first line, or payment pending on the order.
insert into h
select p.n, t, 0, pg_temp.v7(t), case when b = 1 then l.id end, m, s, c, 'BLOCKING',
       case when b = 1 then jsonb_build_object('sku', 'SKU-' || (p.n % 997), 'quantity', 1) else jsonb_build_object('provider', 'adyen', 'attempt', 1) end,
       m || '-writer', null, null, true
from p join lines l on l.n = p.n and l.pos = 0
cross join generate_series(1, p.open_blocks) b
cross join lateral (select p.created + p.life * (p.steps + 0.96 + 0.01 * b) / (p.steps + 1) as t,
                           case when b = 1 then 'inventory' else 'payment' end as m,
                           case when b = 1 then 'reservation_backordered' else 'authorization_pending' end as s,
                           case when b = 1 then 'fulfillment' else 'finance' end as c) x
where p.open_blocks > 0;

analyze h;

-- Orders: status and line statuses as the entries fold (R14), open blocks as the entries leave them,
-- a version per change that moved the order (each transition, each line transition the clerk or
-- warehouse asked for, each block opened or closed).
insert into orders (tenant_id, id, number, currency, customer_id, created_by, created_at, updated_at, version, lifecycle, status,
                    open_blocks, blocking_count, customers, notes)
select :'tenant', p.id, p.number, 'SEK', p.cust, 'shop', p.created, coalesce(c.last_change, p.created), 1 + coalesce(c.changes, 0), 'order',
       case when p.fate = 7 then 'CANCELLED' when p.fate = 8 then 'REJECTED'
            else (array['PENDING', 'CONFIRMED', 'PAID', 'PREPARING', 'SHIPPED', 'DELIVERED', 'COMPLETED'])[p.k + 1] end,
       coalesce(ob.blocks, '[]'::jsonb), coalesce(ob.count, 0), array[p.cust], null
from p
left join (select n, count(*) as changes, max(ts) as last_change from h
           where not (namespace = 'order' and status = 'submitted') and not (namespace = 'order' and line_item_id is not null and payload ? 'reason')
             and (namespace = 'order' or severity = 'BLOCKING' or closes is not null)
           group by n) c on c.n = p.n
left join (select n, count(*) as count,
                  jsonb_agg(jsonb_strip_nulls(jsonb_build_object('entryId', id, 'lineItemId', line_item_id, 'code', namespace || ':' || status))
                            order by ts, sub) as blocks
           from h where open group by n) ob on ob.n = p.n;

insert into order_number_counters (tenant_id, prefix, year, last_value)
select :'tenant', 'ORD', split_part(number, '-', 2)::int, max(split_part(number, '-', 3)::bigint)
from orders where tenant_id = :'tenant' group by 3
on conflict (tenant_id, prefix, year) do update set last_value = greatest(order_number_counters.last_value, excluded.last_value);

insert into line_items (tenant_id, id, order_id, position, kind, description, quantity, unit_price, amount, currency, date_from,
                        deliveries, customer_id, lifecycle, status, added_at, demand_date, order_created_at)
select :'tenant', l.id, p.id, l.pos, 'SALE', 'Item ' || (1 + (p.n + l.pos) % 400), l.quantity, l.unit_price, l.quantity * l.unit_price, 'SEK',
       (p.created at time zone 'UTC')::date, '[]', p.cust, 'line_item',
       case when p.fate >= 7 then 'CANCELLED'
            else (array['PENDING', 'CONFIRMED', 'CONFIRMED', 'ALLOCATED', 'SHIPPED', 'DELIVERED', 'DELIVERED'])[p.k + 1] end,
       p.created, (p.created at time zone 'UTC')::date, p.created
from lines l join p on p.n = l.n;

-- The history, in arrival order: by time, then the order within a moment, so sequence (an
-- identity) follows recorded_at as it does when the application writes; and in the same statement
-- (as the store's append does) the projection (R20): per order and module the newest entry by
-- (recorded_at, sequence) and how many of its BLOCKING entries no entry closes.
with inserted as (
    insert into status_history (tenant_id, id, order_id, line_item_id, namespace, status, category, severity, payload, recorded_at,
                                written_by, dedupe_key, closes)
    select :'tenant', h.id, p.id, h.line_item_id, h.namespace, h.status, h.category, h.severity, h.payload, h.ts, h.written_by,
           h.dedupe_key, h.closes
    from h join p on p.n = h.n
    order by h.ts, p.n, h.sub
    returning tenant_id, order_id, namespace, id, recorded_at, sequence, severity, closes
)
insert into order_module_status (tenant_id, order_id, module, entry_id, recorded_at, sequence, open_blocking)
select distinct on (order_id, namespace) tenant_id, order_id, namespace, id, recorded_at, sequence,
       sum(open_blocking) over (partition by order_id, namespace)
from (select s.tenant_id, s.order_id, s.namespace, s.id, s.recorded_at, s.sequence,
             case when s.severity = 'BLOCKING' and c.id is null then 1 else 0 end as open_blocking
      from inserted s left join inserted c on c.order_id = s.order_id and c.closes = s.id) s
order by order_id, namespace, recorded_at desc, sequence desc;

commit;
