SELECT customer_id, revenue FROM customer_revenue LIMIT 10;                               -- expect: limit-without-order-by@51
-- message: LIMIT 10 without ORDER BY returns an arbitrary set of rows
-- span: LIMIT 10
-- fix: Add an ORDER BY on the columns that decide which rows to keep, ending with a unique key so ties are broken
SELECT TOP 5 name FROM customers;                                                          -- expect: limit-without-order-by@8
-- message: TOP 5 without ORDER BY returns an arbitrary set of rows
-- span: TOP 5
-- fix: Add an ORDER BY on the columns that decide which rows to keep, ending with a unique key so ties are broken
SELECT name FROM customers FETCH FIRST 3 ROWS ONLY;                                        -- expect: limit-without-order-by@28
-- message: FETCH FIRST 3 ROWS ONLY without ORDER BY returns an arbitrary set of rows
-- span: FETCH FIRST 3 ROWS ONLY
-- fix: Add an ORDER BY on the columns that decide which rows to keep, ending with a unique key so ties are broken
SELECT c.id FROM customers c WHERE c.id IN (SELECT customer_id FROM orders LIMIT 100);     -- expect: limit-without-order-by@76
-- message: LIMIT 100 without ORDER BY returns an arbitrary set of rows
-- span: LIMIT 100
-- fix: Add an ORDER BY on the columns that decide which rows to keep, ending with a unique key so ties are broken
SELECT * FROM (SELECT customer_id, sum(amount) AS revenue FROM orders GROUP BY customer_id) r LIMIT 10;  -- expect: limit-without-order-by@95
-- message: LIMIT 10 without ORDER BY returns an arbitrary set of rows
-- span: LIMIT 10
-- fix: Add an ORDER BY on the columns that decide which rows to keep, ending with a unique key so ties are broken
WITH recent AS (SELECT id, ts FROM events LIMIT 1000) SELECT id FROM recent ORDER BY ts;  -- expect: limit-without-order-by@43
-- message: LIMIT 1000 without ORDER BY returns an arbitrary set of rows
-- span: LIMIT 1000
-- fix: Add an ORDER BY on the columns that decide which rows to keep, ending with a unique key so ties are broken
SELECT name FROM customers WHERE city = 'Oslo' LIMIT 1;                                    -- expect: limit-without-order-by@48
-- message: LIMIT 1 without ORDER BY returns an arbitrary set of rows
-- span: LIMIT 1
-- fix: Add an ORDER BY on the columns that decide which rows to keep, ending with a unique key so ties are broken
-- negatives: ordered, LIMIT 0, EXISTS probe, single aggregate row, constants probe, product of one-row subqueries
SELECT customer_id, revenue FROM customer_revenue ORDER BY revenue DESC, customer_id LIMIT 10;
SELECT * FROM customers LIMIT 0;
SELECT c.id FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id LIMIT 1);
SELECT count(*) FROM orders LIMIT 1;
SELECT 1 FROM orders WHERE id = 42 LIMIT 1;
SELECT * FROM (SELECT avg(amount) AS a FROM orders) x, (SELECT count(*) AS n FROM customers) y LIMIT 100;
SELECT sum(amount) / count(*) AS mean FROM orders LIMIT 1;
SELECT p.lo FROM (SELECT 10 AS lo, 20 AS hi) p LIMIT 5;
SELECT a FROM t1 UNION ALL SELECT a FROM t2 ORDER BY a LIMIT 5;
SELECT * FROM events WHERE dt = '2024-01-01' LIMIT 20;
-- a star over a join, a star with more columns, DISTINCT *: a computed result, not a peek at a table
SELECT * FROM customers c JOIN orders o ON o.customer_id = c.id LIMIT 10;                 -- expect: limit-without-order-by@65
SELECT *, upper(name) AS n FROM customers LIMIT 10;                                        -- expect: limit-without-order-by@43
SELECT DISTINCT * FROM customers LIMIT 10;                                                 -- expect: limit-without-order-by@34
SELECT * FROM customers GROUP BY id LIMIT 10;                                              -- expect: limit-without-order-by@37
SELECT a FROM t1 UNION ALL SELECT a FROM t2 LIMIT 5;                                       -- expect: limit-without-order-by@45
-- message: LIMIT 5 without ORDER BY returns an arbitrary set of rows
(SELECT a FROM t1) LIMIT 5;                                                                -- expect: limit-without-order-by@20
-- message: LIMIT 5 without ORDER BY returns an arbitrary set of rows
SELECT x FROM (SELECT name AS x FROM customers FETCH FIRST 3 ROWS ONLY) c;                 -- expect: limit-without-order-by@48
-- message: FETCH FIRST 3 ROWS ONLY without ORDER BY returns an arbitrary set of rows
-- span: FETCH FIRST 3 ROWS ONLY
SELECT c.id FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id IN (SELECT id FROM vip LIMIT 5));   -- expect: limit-without-order-by@110
-- Negative: the order inside the parentheses is the one meant; EXISTS through parentheses
(SELECT a FROM t1 ORDER BY a) LIMIT 5;
SELECT c.id FROM customers c WHERE EXISTS ((SELECT 1 FROM orders o WHERE o.customer_id = c.id LIMIT 1));
