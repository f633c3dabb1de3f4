#!/usr/bin/env python3
"""Turns the statement log of one request into a pgbench custom script (issue 7).

usage: statements-to-pgbench.py SERVER_LOG REQUEST_ID REQUEST_BODY OUT_SCRIPT OUT_VARS

Reads the lines the adapter's statement log (logger dev.ordercore.adapter.postgres.sql, DEBUG)
wrote for the request REQUEST_ID, in order, and writes
  OUT_SCRIPT  a pgbench script: BEGIN; the statements, each bind value as a pgbench variable
              (so -M prepared binds them as parameters, as the JDBC driver does); COMMIT;
  OUT_VARS    one NAME=VALUE per line, for pgbench -D NAME=VALUE.
What the server generates per order is generated per transaction in the replay:
  - every UUID bind value that is not in the request body (the order, line, history entry and
    outbox event ids) becomes a fresh time-ordered UUID (48-bit millisecond prefix like the
    server's UUIDv7, random rest), computed in the first statement and fetched with \\gset;
  - every timestamp bind value becomes that statement's clock_timestamp();
  - the order number becomes the value the counter upsert returned (its RETURNING, \\gset),
    so it is unique per tenant and year as the server's is.
The first statement (set_config of the tenant) is extended with those columns, so the ids cost
no extra round trip, only their computation inside PostgreSQL. Null binds are written as NULL.
"""
import json
import re
import sys

log_file, request_id, body_file, out_script, out_vars = sys.argv[1:6]
UUID = re.compile(r'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$')
TIMESTAMP = re.compile(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$')
NUMBER = re.compile(r'^[A-Z]+-\d{4}-\d+$')

body_uuids = set(re.findall(r'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', open(body_file).read()))
statements = []
marker = '[' + request_id + '] - '
for line in open(log_file, encoding='utf-8'):
    if marker in line and 'adapter.postgres.sql' in line:
        statements.append(json.loads(line.split(marker, 1)[1]))
if not statements:
    sys.exit('no statements of request %s in %s (is the statement log on: -Dordercore.sql.log=DEBUG?)' % (request_id, log_file))
if 'set_config' not in statements[0]['sql']:
    sys.exit('the first statement is not the tenant set_config: ' + statements[0]['sql'][:120])

generated = {}      # server-generated uuid -> variable
variables = []      # (name, value) for -D
counter_stmt = None
for i, s in enumerate(statements):
    for v in s['binds']:
        if isinstance(v, str) and UUID.match(v) and v not in body_uuids and v not in generated:
            generated[v] = 'u%d' % (len(generated) + 1)
    if 'order_number_counters' in s['sql'] and 'returning' in s['sql'].lower():
        counter_stmt = i


def substitute(i, s):
    sql = s['sql']
    parts = sql.split('?')
    if len(parts) - 1 != len(s['binds']):
        sys.exit('statement %d: %d placeholders but %d binds' % (i + 1, len(parts) - 1, len(s['binds'])))
    out = [parts[0]]
    for j, v in enumerate(s['binds']):
        if v is None:
            out.append('NULL')
        elif isinstance(v, str) and v in generated:
            out.append(':' + generated[v])
        elif isinstance(v, str) and TIMESTAMP.match(v):
            out.append(':ts')
        elif isinstance(v, str) and NUMBER.match(v) and counter_stmt is not None and counter_stmt < i:
            out.append(':last_value')
        else:
            name = 's%d_%d' % (i + 1, j + 1)
            variables.append((name, v))
            out.append(':' + name)
        out.append(parts[j + 1])
    return ''.join(out)


uuid_expr = ("(lpad(to_hex((extract(epoch from clock_timestamp()) * 1000)::bigint), 12, '0')"
             " || substr(replace(gen_random_uuid()::text, '-', ''), 13))::uuid::text")
lines = ['-- replayed from the statement log of request %s: %d statements' % (request_id, len(statements)), 'BEGIN;']
for i, s in enumerate(statements):
    sql = substitute(i, s).replace('\n', ' ')
    if i == 0:
        extra = ', '.join(['%s as %s' % (uuid_expr, var) for var in generated.values()] + ['clock_timestamp()::text as ts'])
        sql = sql.replace('select set_config(', 'select ' + extra + ', set_config(', 1) + ' \\gset'
    elif i == counter_stmt:
        sql = sql + ' \\gset'
    else:
        sql = sql + ';'
    lines.append(sql)
lines.append('COMMIT;')
open(out_script, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
with open(out_vars, 'w', encoding='utf-8') as f:
    for name, value in variables:
        if '\n' in str(value):
            sys.exit('bind %s has a newline; cannot pass it with -D' % name)
        f.write('%s=%s\n' % (name, value))
print('%d statements, %d generated ids, %d bind variables' % (len(statements), len(generated), len(variables)))
