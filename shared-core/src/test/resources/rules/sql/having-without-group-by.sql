SELECT order_id, amount FROM orders HAVING amount > 100;                                    -- expect: having-without-group-by@37
-- message: HAVING without GROUP BY filters no groups; use WHERE for 'amount > 100'
-- span: HAVING amount > 100
-- fix: Replace HAVING with WHERE
-- fixed: SELECT order_id, amount FROM orders WHERE amount > 100;
SELECT order_id, amount FROM orders WHERE region = 'EU' HAVING amount > 100;                -- expect: having-without-group-by@57
-- message: HAVING without GROUP BY filters no groups; use WHERE for 'amount > 100'
-- span: HAVING amount > 100
-- fix: Move the condition into the WHERE clause (combine with AND)
-- negatives: HAVING with GROUP BY, aggregate HAVING without GROUP BY, aggregate query filtering its alias
SELECT customer_id FROM orders GROUP BY customer_id HAVING count(*) > 5;
SELECT count(*) FROM orders HAVING count(*) > 0;
SELECT count(*) AS n FROM orders HAVING n > 0;
SELECT order_id FROM orders WHERE amount > 100;
