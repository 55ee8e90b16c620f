SELECT DISTINCT region, count(*) FROM sales GROUP BY region;                              -- expect: distinct-with-group-by@8
-- message: DISTINCT is redundant: the query groups by columns that are all in the select list, so its rows are already unique
-- span: DISTINCT
-- fix: Remove DISTINCT
-- fixed: SELECT region, count(*) FROM sales GROUP BY region;
SELECT DISTINCT s.region, s.channel, sum(amount) AS total FROM sales s GROUP BY s.channel, s.region;  -- expect: distinct-with-group-by@8
-- message: DISTINCT is redundant: the query groups by columns that are all in the select list, so its rows are already unique
-- span: DISTINCT
-- fix: Remove DISTINCT
-- fixed: SELECT s.region, s.channel, sum(amount) AS total FROM sales s GROUP BY s.channel, s.region;
SELECT DISTINCT upper(name) AS n FROM customers GROUP BY upper(name);                     -- expect: distinct-with-group-by@8
-- message: DISTINCT is redundant: the query groups by columns that are all in the select list, so its rows are already unique
-- span: DISTINCT
-- fix: Remove DISTINCT
-- fixed: SELECT upper(name) AS n FROM customers GROUP BY upper(name);
SELECT DISTINCT region, count(*) FROM sales GROUP BY 1;                                   -- expect: distinct-with-group-by@8
-- message: DISTINCT is redundant: the query groups by columns that are all in the select list, so its rows are already unique
-- span: DISTINCT
-- fix: Remove DISTINCT
-- fixed: SELECT region, count(*) FROM sales GROUP BY 1;
-- Negative: a grouping key is missing from the select list: DISTINCT can still remove rows
SELECT DISTINCT region FROM sales GROUP BY region, channel;
-- Negative: no GROUP BY, or no DISTINCT
SELECT DISTINCT region FROM sales;
SELECT region, count(*) FROM sales GROUP BY region;
-- Negative: ROLLUP subtotal rows can coincide with real NULL keys
SELECT DISTINCT region, count(*) FROM sales GROUP BY ROLLUP (region);
SELECT DISTINCT region, count(*) FROM sales GROUP BY region WITH ROLLUP;
-- Negative: count(DISTINCT ...) is not SELECT DISTINCT
SELECT region, count(DISTINCT customer_id) FROM sales GROUP BY region;
-- a comment between SELECT and DISTINCT; ordinals within the select list; a grouping alias; a subquery
SELECT /* keep */ DISTINCT region FROM sales GROUP BY region;                              -- expect: distinct-with-group-by@19
-- span: DISTINCT
-- fixed: SELECT /* keep */ region FROM sales GROUP BY region;
SELECT DISTINCT region, channel FROM sales GROUP BY 2, 1;                                  -- expect: distinct-with-group-by@8
SELECT DISTINCT upper(name) AS n FROM customers GROUP BY n;                                -- expect: distinct-with-group-by@8
SELECT a, (SELECT DISTINCT region FROM sales GROUP BY region LIMIT 1) AS r FROM t;         -- expect: distinct-with-group-by@19
-- fixed: SELECT a, (SELECT region FROM sales GROUP BY region LIMIT 1) AS r FROM t;
-- Negative: an ordinal outside the select list, DISTINCT *, grouping sets and CUBE, DISTINCT ON
SELECT DISTINCT region, channel FROM sales GROUP BY 3;
SELECT DISTINCT region, channel FROM sales GROUP BY 0;
SELECT DISTINCT * FROM sales GROUP BY region;
SELECT DISTINCT region FROM sales GROUP BY GROUPING SETS ((region), ());
SELECT DISTINCT region FROM sales GROUP BY CUBE (region);
SELECT DISTINCT ON (region) region, channel FROM sales GROUP BY region, channel;
