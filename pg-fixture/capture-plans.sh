#!/usr/bin/env bash
# Captures real EXPLAIN output of the fixture workload's queries as test data for shared-core's PostgreSQL tests
# (shared-core/src/test/resources/pg/plans/). Not part of the test command: run it after changing schema.sql or
# workload.sql, with the fixture started (eval "$(scripts/pg-fixture start)"), and commit the result.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
STATE="${BRICKOPTIMA_PG_FIXTURE_STATE:-$ROOT/pg-fixture/target/run/state.properties}"
OUT="$ROOT/shared-core/src/test/resources/pg/plans"
st() { sed -n "s/^$1=//p" "$STATE"; }
mkdir -p "$OUT"
export PGPASSWORD="$(st app_password)"
psql_app() { psql -X -q -h 127.0.0.1 -p "$(st port)" -U bo_app -d brickoptima -v ON_ERROR_STOP=1 "$@"; }

# name | session settings | query
capture() {
  local name="$1" settings="$2" query="$3"
  for fmt in json text; do
    local ext; [ "$fmt" = json ] && ext=json || ext=txt
    local pre=(); [ -n "$settings" ] && pre=(-c "$settings")
    psql_app -At "${pre[@]}" -c "EXPLAIN (ANALYZE, BUFFERS, SETTINGS, FORMAT ${fmt^^}) $query" | grep -v '^SET$' > "$OUT/$name.$ext"
  done
}
plain() { # EXPLAIN without ANALYZE, as `brickoptima pg` runs it
  local name="$1" query="$2"
  psql_app -At -c "EXPLAIN (FORMAT JSON) $query" > "$OUT/$name.json"
  psql_app -At -c "EXPLAIN $query" > "$OUT/$name.txt"
}

capture seqscan-email "" "SELECT id, name FROM customers WHERE email = 'user97@example.com'"
capture seqscan-customer-orders "" "SELECT id, status, total FROM orders WHERE customer_id = 13"
capture join-customer-items "" "SELECT o.id, sum(oi.quantity * oi.unit_price) FROM orders o JOIN order_items oi ON oi.order_id = o.id WHERE o.customer_id = 7 GROUP BY o.id"
capture index-filter-pending "" "SELECT id, customer_id, total FROM orders WHERE status = 'pending' AND total > 989"
capture estimate-city-country "" "SELECT id, email FROM customers WHERE city = 'city_7' AND country = 'country_0'"
capture pk-lookup "" "SELECT id, status, total FROM orders WHERE id = 1001"
capture sort-spill "" "SELECT id, unit_price FROM order_items ORDER BY unit_price DESC, id OFFSET 899990"
capture nested-loop-items "" "SELECT o.status, sum(oi.quantity) FROM order_items oi JOIN orders o ON o.id = oi.order_id WHERE oi.quantity = 2 AND oi.unit_price = 7 GROUP BY o.status"
capture materialize-loops "" "SELECT count(*) FROM products p JOIN products q ON p.price < q.price - 450 WHERE q.category = 'category_3'"
capture hash-batches "SET work_mem = '64kB'" "SELECT c.country, count(*) FROM orders o JOIN customers c ON c.id = o.customer_id GROUP BY c.country"
capture lossy-bitmap "SET work_mem = '64kB'" "SELECT sum(quantity) FROM order_items WHERE product_id BETWEEN 100 AND 119"
capture jit-heavy "SET jit_above_cost = 0; SET jit_inline_above_cost = 0; SET jit_optimize_above_cost = 0" "SELECT status, count(*), sum(total) FROM orders WHERE created_at >= '2022-03-01' AND created_at < '2022-03-02' GROUP BY status"
capture top-n-recent "" "SELECT id, status, total FROM orders WHERE status = 'shipped' ORDER BY total DESC LIMIT 10"
psql_app -At -c "EXPLAIN (ANALYZE, VERBOSE, FORMAT JSON) SELECT (SELECT max(id) FROM products), x.n FROM (WITH t AS MATERIALIZED (SELECT id FROM products LIMIT 3) SELECT count(*) n FROM t) x" > "$OUT/subplans-verbose.json"
psql_app -At -c "EXPLAIN (ANALYZE, VERBOSE) SELECT (SELECT max(id) FROM products), x.n FROM (WITH t AS MATERIALIZED (SELECT id FROM products LIMIT 3) SELECT count(*) n FROM t) x" > "$OUT/subplans-verbose.txt"
plain generic-customer-orders "SELECT id, status, total FROM orders WHERE customer_id = 13"
plain generic-join-customer-items "SELECT o.id, sum(oi.quantity * oi.unit_price) FROM orders o JOIN order_items oi ON oi.order_id = o.id WHERE o.customer_id = 7 GROUP BY o.id"
# as psql shows them on a terminal (header, footer, the "+" continuation of a JSON value)
psql_app -c "EXPLAIN (FORMAT JSON) SELECT id, name FROM customers WHERE email = 'user97@example.com'" > "$OUT/psql-decorated.json.txt"
psql_app -c "EXPLAIN ANALYZE SELECT id, name FROM customers WHERE email = 'user97@example.com'" > "$OUT/psql-decorated.txt"
echo "captured $(ls "$OUT" | wc -l) files in $OUT" >&2
