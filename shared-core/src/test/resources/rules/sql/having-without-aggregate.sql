SELECT region, sum(amount) FROM sales GROUP BY region HAVING region = 'EU';                     -- expect: having-without-aggregate@62
-- message: HAVING condition (region = 'EU') uses no aggregate: filter the rows in WHERE, before grouping
-- span: region = 'EU'
-- fix: Move 'region = 'EU'' from HAVING to the WHERE clause
SELECT s.region, count(*) FROM sales s GROUP BY s.region HAVING count(*) > 10 AND s.region <> 'test';  -- expect: having-without-aggregate@83
-- message: HAVING condition (s.region <> 'test') uses no aggregate: filter the rows in WHERE, before grouping
-- span: s.region <> 'test'
-- fix: Move 's.region <> 'test'' from HAVING to the WHERE clause
-- Negative: aggregate conditions belong in HAVING
SELECT region, sum(amount) FROM sales GROUP BY region HAVING sum(amount) > 1000;
-- Negative: a select alias of an aggregate (Spark, MySQL)
SELECT region, sum(amount) AS total FROM sales GROUP BY region HAVING total > 1000;
-- Negative: a column that is not a grouping key, and a subquery
SELECT region, max(amount) FROM sales GROUP BY region HAVING region IN (SELECT region FROM active_regions);
-- Negative: ROLLUP subtotal rows have NULL keys, HAVING and WHERE differ
SELECT region, sum(amount) FROM sales GROUP BY ROLLUP (region) HAVING region IS NOT NULL;
-- Negative: TPC-DS q6 style
SELECT a.ca_state state, count(*) cnt FROM customer_address a GROUP BY a.ca_state HAVING count(*) >= 10;
SELECT region, sum(amount) FROM sales GROUP BY region WITH ROLLUP HAVING region IS NOT NULL;
-- an unqualified key column against a qualified grouping key
SELECT s.region, sum(amount) FROM sales s GROUP BY s.region HAVING region = 'EU';          -- expect: having-without-aggregate@68
-- message: HAVING condition (region = 'EU') uses no aggregate: filter the rows in WHERE, before grouping
-- fix: Move 'region = 'EU'' from HAVING to the WHERE clause
-- Negative: no column at all, a random or window call, grouping sets and CUBE
SELECT region, sum(amount) FROM sales GROUP BY region HAVING 1 = 1;
SELECT region, sum(amount) FROM sales GROUP BY region HAVING region = 'EU' OR rand() > 0.5;
SELECT region, sum(amount) FROM sales GROUP BY region HAVING row_number() OVER (ORDER BY region) = 1;
SELECT region, sum(amount) FROM sales GROUP BY GROUPING SETS ((region), ()) HAVING region IS NOT NULL;
SELECT region, sum(amount) FROM sales GROUP BY CUBE (region) HAVING region IS NOT NULL;
SELECT region, sum(amount) AS region_total FROM sales GROUP BY region HAVING region_total > 5 AND region = 'EU';   -- expect: having-without-aggregate@99
