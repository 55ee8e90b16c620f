SELECT customer_id, revenue FROM customer_revenue LIMIT 10;                               -- expect: limit-without-order-by@51
SELECT TOP 5 name FROM customers;                                                          -- expect: limit-without-order-by@8
SELECT name FROM customers FETCH FIRST 3 ROWS ONLY;                                        -- expect: limit-without-order-by@28
SELECT c.id FROM customers c WHERE c.id IN (SELECT customer_id FROM orders LIMIT 100);     -- expect: limit-without-order-by@76
SELECT * FROM (SELECT customer_id, sum(amount) AS revenue FROM orders GROUP BY customer_id) r LIMIT 10;  -- expect: limit-without-order-by@95
WITH recent AS (SELECT id, ts FROM events LIMIT 1000) SELECT id FROM recent ORDER BY ts;  -- expect: limit-without-order-by@43
SELECT name FROM customers WHERE city = 'Oslo' LIMIT 1;                                    -- expect: limit-without-order-by@48
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
