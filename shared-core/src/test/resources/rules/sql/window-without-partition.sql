SELECT order_id, row_number() OVER (ORDER BY created_at) AS seq FROM orders;               -- expect: window-without-partition@31
-- message: window function row_number() has no PARTITION BY: Spark moves all rows to a single partition
-- span: OVER (ORDER BY created_at)
-- fix: Add PARTITION BY on a key the computation allows; for a global top-n use ORDER BY ... LIMIT, for a grand total a separate aggregate joined back
SELECT id, amount / sum(amount) OVER () AS share FROM payments;                             -- expect: window-without-partition@33
-- message: window function sum() has no PARTITION BY: Spark moves all rows to a single partition
-- span: OVER ()
-- fix: Add PARTITION BY on a key the computation allows; for a global top-n use ORDER BY ... LIMIT, for a grand total a separate aggregate joined back
SELECT id, rank() OVER w AS r FROM payments WINDOW w AS (ORDER BY amount);                  -- expect: window-without-partition@19
-- message: window function rank() has no PARTITION BY: Spark moves all rows to a single partition
-- span: OVER w
-- fix: Add PARTITION BY on a key the computation allows; for a global top-n use ORDER BY ... LIMIT, for a grand total a separate aggregate joined back
-- One finding per shared window (one Window operator in Spark): a named window, and identical OVER clauses
SELECT id, rank() OVER w AS r, row_number() OVER w AS rn FROM payments WINDOW w AS (ORDER BY amount DESC); -- expect: window-without-partition@19
-- message: 2 window functions (rank(), row_number()) share one window that has no PARTITION BY: Spark moves all rows to a single partition
-- span: OVER w
-- fix: Add PARTITION BY on a key the computation allows; for a global top-n use ORDER BY ... LIMIT, for a grand total a separate aggregate joined back
SELECT id, rank() OVER (ORDER BY amount), dense_rank() OVER ( ORDER BY amount ) FROM payments; -- expect: window-without-partition@19
-- message: 2 window functions (rank(), dense_rank()) share one window that has no PARTITION BY: Spark moves all rows to a single partition
-- span: OVER (ORDER BY amount)
-- fix: Add PARTITION BY on a key the computation allows; for a global top-n use ORDER BY ... LIMIT, for a grand total a separate aggregate joined back
-- Two different windows: two findings
SELECT id, rank() OVER (ORDER BY amount), rank() OVER (ORDER BY id) FROM payments; -- expect: window-without-partition@19, window-without-partition@50
-- message: window function rank() has no PARTITION BY: Spark moves all rows to a single partition
-- span: OVER (ORDER BY id)
-- fix: Add PARTITION BY on a key the computation allows; for a global top-n use ORDER BY ... LIMIT, for a grand total a separate aggregate joined back
-- Negative: partitioned windows
SELECT order_id, row_number() OVER (PARTITION BY customer_id ORDER BY created_at) AS seq FROM orders;
-- Negative: over an aggregated input (TPC-DS q12/q98 ratio pattern, q44/q49 ranking over a grouped subquery)
SELECT i_class, sum(ws_ext_sales_price) * 100 / sum(sum(ws_ext_sales_price)) OVER () AS ratio FROM web_sales, item
WHERE ws_item_sk = i_item_sk GROUP BY i_class;
SELECT item_sk, rank() OVER (ORDER BY rank_col ASC) rnk
FROM (SELECT ss_item_sk item_sk, avg(ss_net_profit) rank_col FROM store_sales GROUP BY ss_item_sk) v1;
-- Negative: an ordered-set aggregate is not a window
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY amount) FROM payments;
-- a function used twice over one window is named once
SELECT id, rank() OVER w AS r1, rank() OVER w AS r2 FROM payments WINDOW w AS (ORDER BY amount); -- expect: window-without-partition@19
-- message: 2 window functions (rank()) share one window that has no PARTITION BY: Spark moves all rows to a single partition
-- named windows: found whatever their case, among several definitions; a partitioned or undefined one is not reported
SELECT id, rank() OVER W AS r FROM payments WINDOW v AS (PARTITION BY region), w AS (ORDER BY amount); -- expect: window-without-partition@19
-- message: window function rank() has no PARTITION BY: Spark moves all rows to a single partition
-- span: OVER W
SELECT id, rank() OVER v AS r FROM payments WINDOW v AS (PARTITION BY region ORDER BY amount), w AS (ORDER BY amount);
SELECT id, rank() OVER x AS r FROM payments WINDOW w AS (ORDER BY amount);
-- an input that is not (only) aggregated: a join, a UNION with a plain branch
SELECT rank() OVER (ORDER BY s) AS r FROM (SELECT sum(amount) AS s FROM payments) v JOIN regions g ON true;   -- expect: window-without-partition@15
SELECT rank() OVER (ORDER BY s) AS r FROM (SELECT sum(amount) AS s FROM payments) v, regions g;              -- expect: window-without-partition@15
SELECT rank() OVER (ORDER BY s) AS r FROM (SELECT sum(amount) AS s FROM payments UNION ALL SELECT amount AS s FROM refunds) u;   -- expect: window-without-partition@15
SELECT rank() OVER (ORDER BY s) AS r FROM payments p;                                        -- expect: window-without-partition@15
-- Negative: aggregated inputs through a CTE, a UNION of aggregates, nested subqueries (up to 9 levels)
WITH g AS (SELECT region, sum(amount) AS s FROM payments GROUP BY region) SELECT region, rank() OVER (ORDER BY s) AS r FROM g;
SELECT rank() OVER (ORDER BY s) AS r FROM (SELECT sum(amount) AS s FROM payments UNION ALL SELECT sum(amount) AS s FROM refunds) u;
SELECT rank() OVER (ORDER BY s) AS r FROM (SELECT s FROM (SELECT s FROM (SELECT s FROM (SELECT s FROM (SELECT s FROM (SELECT s FROM (SELECT s FROM (SELECT s FROM (SELECT sum(amount) AS s FROM payments) a1) a2) a3) a4) a5) a6) a7) a8) a9;
