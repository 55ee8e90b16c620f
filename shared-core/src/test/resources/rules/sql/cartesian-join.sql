-- Positive: comma join with no predicate linking the tables
SELECT o.id, c.name FROM orders o, customers c WHERE o.status = 'open';       -- expect: cartesian-join@36
-- message: comma join with 'customers' has no WHERE predicate linking it to the other tables: every row pairs with every row
-- span: customers c
-- fix: Add a join condition that links 'customers' to the other tables (ON a.key = b.key), or write CROSS JOIN if every combination is really wanted
-- Positive: explicit JOIN without ON
SELECT o.id FROM orders o JOIN customers c;                                    -- expect: cartesian-join@32
-- message: join with 'customers' has no join condition: every row pairs with every row
-- span: customers c
-- fix: Add a join condition that links 'customers' to the other tables (ON a.key = b.key), or write CROSS JOIN if every combination is really wanted
-- Positive: ON that filters only the joined side
SELECT o.id FROM orders o JOIN customers c ON c.active = true;                 -- expect: cartesian-join@32
-- message: join condition of 'customers' does not link it to the other tables: every row pairs with every row
-- span: customers c
-- fix: Add a join condition that links 'customers' to the other tables (ON a.key = b.key), or write CROSS JOIN if every combination is really wanted
-- Positive: three tables, only two linked
SELECT t1.a FROM t1, t2, t3 WHERE t1.a = t3.a;                                 -- expect: cartesian-join@22
-- message: comma join with 't2' has no WHERE predicate linking it to the other tables: every row pairs with every row
-- span: t2
-- fix: Add a join condition that links 't2' to the other tables (ON a.key = b.key), or write CROSS JOIN if every combination is really wanted
-- Positive: a grouped derived table is many rows
SELECT t1.a, g.m FROM t1, (SELECT k, max(x) AS m FROM t2 GROUP BY k) g WHERE t1.v > 3;  -- expect: cartesian-join@27
-- message: comma join with derived table 'g' has no WHERE predicate linking it to the other tables: every row pairs with every row
-- span: (SELECT k, max(x) AS m FROM t2 GROUP BY k) g
-- fix: Add a join condition that links derived table 'g' to the other tables (ON a.key = b.key), or write CROSS JOIN if every combination is really wanted
-- Positive: the subquery only filters one side
SELECT o.a FROM t1 o, t2 WHERE o.a IN (SELECT a FROM t3 WHERE b = 1);          -- expect: cartesian-join@23
-- message: comma join with 't2' has no WHERE predicate linking it to the other tables: every row pairs with every row
-- span: t2
-- fix: Add a join condition that links 't2' to the other tables (ON a.key = b.key), or write CROSS JOIN if every combination is really wanted
-- Positive: inside a CTE, reported at the unlinked table
WITH x AS (SELECT s.id FROM sales s LEFT JOIN stores st ON s.kind = 'web')  -- expect: cartesian-join@47
-- message: join condition of 'stores' does not link it to the other tables: every row pairs with every row
-- span: stores st
-- fix: Add a join condition that links 'stores' to the other tables (ON a.key = b.key), or write CROSS JOIN if every combination is really wanted
SELECT id FROM x;
-- Negative: linked in ON
SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id;
-- Negative: JOIN without ON but linked in WHERE (the optimizer turns it into an inner join)
SELECT o.id FROM orders o JOIN customers c WHERE o.customer_id = c.id;
-- Negative: linked through a third table
SELECT t1.a FROM t1, t2, t3 WHERE t1.a = t3.a AND t2.b = t3.b;
-- Negative: unqualified columns may belong to either table (TPC-DS style)
SELECT i_item_id, sum(ss_ext_sales_price)
FROM store_sales, item, date_dim
WHERE ss_item_sk = i_item_sk AND ss_sold_date_sk = d_date_sk AND d_year = 2000
GROUP BY i_item_id;
-- Negative: single-row aggregate on one side (TPC-DS q28/q90 pattern)
SELECT amc / pmc FROM (SELECT count(*) AS amc FROM web_sales WHERE ws_quantity > 10) at,
                      (SELECT count(*) AS pmc FROM web_sales WHERE ws_quantity <= 10) pt;
SELECT t1.a FROM t1, (SELECT max(x) AS m FROM t2) mx WHERE t1.v > 3;
-- Negative: a derived table without FROM is one row (parameters typed into the query)
SELECT t1.a, p.lo FROM t1, (SELECT 10 AS lo, 20 AS hi) p WHERE t1.v BETWEEN p.lo AND p.hi;
-- Negative: explicit CROSS JOIN is intended
SELECT d.day, s.store_id FROM calendar d CROSS JOIN stores s;
-- Negative: USING, NATURAL, lateral view
SELECT a FROM t1 JOIN t2 USING (k);
SELECT a FROM t1 NATURAL JOIN t2;
SELECT a, x FROM t1 LATERAL VIEW explode(arr) e AS x;
-- Negative: correlated EXISTS links both sides
SELECT o.a FROM t1 o, t2 WHERE EXISTS (SELECT 1 FROM t3 WHERE t3.a = o.a AND t3.b = t2.b);
-- Negative: the linking predicate sits in an OR (TPC-DS q13/q48 style)
SELECT count(*) FROM store_sales, household_demographics
WHERE (ss_hdemo_sk = hd_demo_sk AND hd_dep_count = 3) OR (ss_hdemo_sk = hd_demo_sk AND hd_dep_count = 1);
-- Negative: a CTE of one row
WITH total AS (SELECT sum(amount) AS s FROM sales)
SELECT r.region, r.amount / total.s FROM region_sales r, total;
-- Negative: an inline VALUES list is a handful of rows
SELECT t.id, v.x FROM t, (VALUES (1), (2)) AS v(x) WHERE t.y = 1;
