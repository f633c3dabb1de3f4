#!/usr/bin/env bash
# Issue 7, reliability item 6: every route of the tenant API x {another tenant's path, another
# tenant's ids under your own tenant, no token, expired, forged, alg none, wrong role, foreign
# module namespace, the owner}, on the real server (embedded PostgreSQL), each cell asserted against
# IsolationMatrixIT's expected-status table (a route without a row fails). Prints the matrix
# (markdown, also in order-server/target/isolation-matrix.md) and PASS/FAIL.
#
#   reliability/isolation-matrix.sh          MVN_FLAGS="-o" etc. go to Maven
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_order-server-it.sh"

run_it IsolationMatrixIT
if [[ -f "$ROOT/order-server/target/isolation-matrix.md" ]]; then
    cat "$ROOT/order-server/target/isolation-matrix.md"
fi
verdict IsolationMatrixIT every_route_refuses "every route x 9 cases answers its expected status (401/403/404, R35 foreign = unknown), refusals write nothing"
finish
