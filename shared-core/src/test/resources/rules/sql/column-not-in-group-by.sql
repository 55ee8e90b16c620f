SELECT region, city, count(*) AS orders FROM sales GROUP BY region;                     -- expect: column-not-in-group-by@16
-- message: 'city' is neither in GROUP BY nor inside an aggregate
-- span: city
-- fix: Add city to GROUP BY, or aggregate it (e.g. max(city) or any_value(city))
SELECT s.region, s.amount * 2 AS doubled, sum(s.amount) FROM sales s GROUP BY s.region;  -- expect: column-not-in-group-by@18
-- message: 's.amount' is neither in GROUP BY nor inside an aggregate
-- span: s.amount
-- fix: Add s.amount to GROUP BY, or aggregate it (e.g. max(s.amount) or any_value(s.amount))
SELECT region, CASE WHEN tier = 'gold' THEN 1 ELSE 0 END AS g, count(*) FROM sales GROUP BY region;  -- expect: column-not-in-group-by@26
-- message: 'tier' is neither in GROUP BY nor inside an aggregate
-- span: tier
-- fix: Add tier to GROUP BY, or aggregate it (e.g. max(tier) or any_value(tier))
-- negatives: grouped, ordinals, aliases, expressions grouped as written, aggregates, windows, GROUP BY ALL, ROLLUP
SELECT region, city, count(*) FROM sales GROUP BY region, city;
SELECT region, city, count(*) FROM sales GROUP BY 1, 2;
SELECT upper(region) AS r, count(*) FROM sales GROUP BY r;
SELECT CAST(ts AS DATE) AS day, sum(amount) FROM sales GROUP BY CAST(ts AS DATE);
SELECT s.region, sum(s.amount) + 1 AS total, max(city) FROM sales s GROUP BY region;
SELECT region, sum(amount) / sum(sum(amount)) OVER () AS share FROM sales GROUP BY region;
SELECT region, city, count(*) FROM sales GROUP BY ALL;
SELECT region, city, count(*) FROM sales GROUP BY ROLLUP(region, city);
SELECT region, true AS flag, current_date AS d, count(*) FROM sales GROUP BY region;
SELECT region, concat(city, '!') AS c, count(*) FROM sales GROUP BY region;
SELECT o.id, (SELECT o.amount + count(*) FROM items i WHERE i.order_id = o.id GROUP BY i.order_id) AS n FROM orders o;
-- Spark: lateral column aliases, ordinals inside CUBE/ROLLUP, grouping__id, Hive GROUPING SETS after the list
SELECT sum(amount) AS total, total / 100 AS hundreds, region FROM sales GROUP BY region;
SELECT region, city, count(*) FROM sales GROUP BY CUBE(1, 2);
SELECT region, city, count(*) FROM sales GROUP BY ROLLUP(1, 2);
SELECT region, city, grouping__id, count(*) FROM sales GROUP BY CUBE(region, city);
SELECT region, city, count(*) FROM sales GROUP BY region, city GROUPING SETS (region, ());
SELECT region, city, count(*) FROM sales GROUP BY region GROUPING SETS (region, ());   -- expect: column-not-in-group-by@16
-- message: 'city' is neither in GROUP BY nor inside an aggregate
-- span: city
-- fix: Add city to GROUP BY, or aggregate it (e.g. max(city) or any_value(city))
