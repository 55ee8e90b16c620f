-- The fixture's workload, run once by scripts/pg-fixture as the application role bo_app after schema.sql.
-- Each query is run with varying constants (\gexec), so pg_stat_statements holds it once, normalised to $1, with
-- its calls and times. The slow ones are known: the tests assert what BrickOptima finds in them.
\set ON_ERROR_STOP on
\set QUIET on
\pset tuples_only on
\o /dev/null

-- slow: lookup by e-mail, not indexed (Seq Scan on customers; advice customers (email))
SELECT format('SELECT id, name FROM customers WHERE email = %L', 'user' || (i * 97) || '@example.com')
FROM generate_series(1, 40) AS i \gexec

-- slow: a customer's orders, foreign key not indexed (Seq Scan on orders; advice orders (customer_id))
SELECT format('SELECT id, status, total FROM orders WHERE customer_id = %s', i * 13)
FROM generate_series(1, 40) AS i \gexec

-- slow: a customer's order lines (Seq Scan on 900k order_items joined to 6 orders; advice order_items (order_id))
SELECT format('SELECT o.id, sum(oi.quantity * oi.unit_price) FROM orders o JOIN order_items oi ON oi.order_id = o.id '
              'WHERE o.customer_id = %s GROUP BY o.id', i * 7)
FROM generate_series(1, 12) AS i \gexec

-- the index on status finds 3,000 pending orders and the filter on total drops nearly all (advice orders (status, total))
SELECT format('SELECT id, customer_id, total FROM orders WHERE status = %L AND total > %s', 'pending', 990 - i)
FROM generate_series(1, 20) AS i \gexec

-- city determines country: the planner multiplies their selectivities and underestimates 20x
SELECT format('SELECT id, email FROM customers WHERE city = %L AND country = %L', 'city_' || i, 'country_' || (i / 25))
FROM generate_series(1, 20) AS i \gexec

-- fast: primary key lookups (must not be reported)
SELECT format('SELECT id, status, total FROM orders WHERE id = %s', i * 1001)
FROM generate_series(1, 50) AS i \gexec

-- slow: the whole item table sorted (external merge sort with the default 4MB work_mem)
SELECT id, unit_price FROM order_items ORDER BY unit_price DESC, id OFFSET 899990;
SELECT id, unit_price FROM order_items ORDER BY unit_price DESC, id OFFSET 899995;

-- correlated quantity/unit_price: 1,800 items where 361 were expected, one orders_pkey lookup each
SELECT format('SELECT o.status, sum(oi.quantity) FROM order_items oi JOIN orders o ON o.id = oi.order_id '
              'WHERE oi.quantity = %s AND oi.unit_price = %s GROUP BY o.status', 1 + (i + 6) % 5, 1 + i + 6)
FROM generate_series(0, 4) AS i \gexec

-- a join on an inequality: Materialize read once per product
SELECT format('SELECT count(*) FROM products p JOIN products q ON p.price < q.price - 450 WHERE q.category = %L', 'category_' || i)
FROM generate_series(1, 5) AS i \gexec

-- a reporting session with too little memory: hash join in batches, lossy bitmap
SET work_mem = '64kB';
SELECT c.country, count(*) FROM orders o JOIN customers c ON c.id = o.customer_id GROUP BY c.country;
SELECT format('SELECT sum(quantity) FROM order_items WHERE product_id BETWEEN %s AND %s', i * 20, i * 20 + 19)
FROM generate_series(1, 5) AS i \gexec
RESET work_mem;

-- a session with JIT thresholds set far too low: compiling costs more than running
SET jit_above_cost = 0;
SET jit_inline_above_cost = 0;
SET jit_optimize_above_cost = 0;
SELECT format('SELECT status, count(*), sum(total) FROM orders WHERE created_at >= %L AND created_at < %L GROUP BY status',
              date '2022-03-01' + i, date '2022-03-02' + i)
FROM generate_series(0, 4) AS i \gexec
RESET jit_above_cost;
RESET jit_inline_above_cost;
RESET jit_optimize_above_cost;
