SELECT region, sum(amount) FROM (SELECT region, amount FROM sales ORDER BY sold_at) s GROUP BY region;  -- expect: order-by-in-subquery@67
WITH recent AS (SELECT id, ts FROM events ORDER BY ts DESC NULLS LAST) SELECT count(*) FROM recent;      -- expect: order-by-in-subquery@43
SELECT id FROM customers WHERE id IN (SELECT customer_id FROM orders ORDER BY amount);                -- expect: order-by-in-subquery@70
-- Negative: LIMIT makes the order meaningful (top-n)
SELECT * FROM (SELECT id, amount FROM orders ORDER BY amount DESC LIMIT 10) top10;
-- Negative: the outermost query, an INSERT and a CTAS
SELECT id FROM orders ORDER BY id;
INSERT INTO sorted_orders SELECT id, amount FROM orders ORDER BY id;
CREATE TABLE sorted_orders AS SELECT id, amount FROM orders ORDER BY id;
-- Negative: ORDER BY inside a window is not a query ORDER BY
SELECT * FROM (SELECT id, row_number() OVER (PARTITION BY c ORDER BY ts) AS rn FROM events) e WHERE rn = 1;
-- Negative: "sort, then collect": Spark keeps the sort below an order-sensitive aggregate
SELECT user_id, collect_list(page) AS path FROM (SELECT user_id, page FROM clicks ORDER BY ts) c GROUP BY user_id;
