SELECT region, sum(amount) FROM (SELECT region, amount FROM sales ORDER BY sold_at) s GROUP BY region;  -- expect: order-by-in-subquery@67
-- message: ORDER BY in a subquery without LIMIT: the outer query does not keep this order, so the sort is wasted or dropped
-- span: ORDER BY sold_at
-- fix: Remove the ORDER BY clause (sort in the outermost query if the order matters)
-- fixed: SELECT region, sum(amount) FROM (SELECT region, amount FROM sales) s GROUP BY region;
WITH recent AS (SELECT id, ts FROM events ORDER BY ts DESC NULLS LAST) SELECT count(*) FROM recent;      -- expect: order-by-in-subquery@43
-- message: ORDER BY in a subquery without LIMIT: the outer query does not keep this order, so the sort is wasted or dropped
-- span: ORDER BY ts DESC NULLS LAST
-- fix: Remove the ORDER BY clause (sort in the outermost query if the order matters)
-- fixed: WITH recent AS (SELECT id, ts FROM events) SELECT count(*) FROM recent;
SELECT id FROM customers WHERE id IN (SELECT customer_id FROM orders ORDER BY amount);                -- expect: order-by-in-subquery@70
-- message: ORDER BY in a subquery without LIMIT: the outer query does not keep this order, so the sort is wasted or dropped
-- span: ORDER BY amount
-- fix: Remove the ORDER BY clause (sort in the outermost query if the order matters)
-- fixed: SELECT id FROM customers WHERE id IN (SELECT customer_id FROM orders);
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
-- an order-sensitive window inside the subquery itself, extra parentheses, a parenthesised UNION branch
SELECT count(*) FROM (SELECT first_value(p) OVER (PARTITION BY u) AS f FROM clicks ORDER BY ts) c;   -- expect: order-by-in-subquery@84
-- fixed: SELECT count(*) FROM (SELECT first_value(p) OVER (PARTITION BY u) AS f FROM clicks) c;
SELECT * FROM ((SELECT id FROM orders ORDER BY amount)) t;                                           -- expect: order-by-in-subquery@39
SELECT id FROM orders UNION ALL (SELECT id FROM archive ORDER BY id);                                -- expect: order-by-in-subquery@57
-- message: ORDER BY in a subquery without LIMIT: the outer query does not keep this order, so the sort is wasted or dropped
-- fixed: SELECT id FROM orders UNION ALL (SELECT id FROM archive);
-- Negative: an order-sensitive window reads the sorted rows; the statement in parentheses
SELECT user_id, first_value(page) OVER (PARTITION BY user_id) AS entry FROM (SELECT user_id, page FROM clicks ORDER BY ts) c;
((SELECT id FROM orders ORDER BY id));
