SELECT order_id, amount FROM orders HAVING amount > 100;                                    -- expect: having-without-group-by@37
SELECT order_id, amount FROM orders WHERE region = 'EU' HAVING amount > 100;                -- expect: having-without-group-by@57
-- negatives: HAVING with GROUP BY, aggregate HAVING without GROUP BY, aggregate query filtering its alias
SELECT customer_id FROM orders GROUP BY customer_id HAVING count(*) > 5;
SELECT count(*) FROM orders HAVING count(*) > 0;
SELECT count(*) AS n FROM orders HAVING n > 0;
SELECT order_id FROM orders WHERE amount > 100;
