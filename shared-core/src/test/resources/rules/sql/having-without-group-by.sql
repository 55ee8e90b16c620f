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
-- an aggregate of a subquery is not this query's; a select alias can only stay in HAVING
SELECT order_id FROM orders HAVING amount > (SELECT avg(amount) FROM orders);              -- expect: having-without-group-by@29
-- message: HAVING without GROUP BY filters no groups; use WHERE for 'amount > (SELECT avg(amount) FROM orders)'
-- fix: Replace HAVING with WHERE
-- fixed: SELECT order_id FROM orders WHERE amount > (SELECT avg(amount) FROM orders);
SELECT amount * 2 AS dbl FROM orders HAVING dbl > 10;                                      -- expect: having-without-group-by@38
-- fix: Move the condition into the WHERE clause (combine with AND)
SELECT flag AS f FROM orders HAVING f;                                                     -- expect: having-without-group-by@30
-- fix: Move the condition into the WHERE clause (combine with AND)
SELECT amount AS a FROM orders HAVING amount > 10;                                         -- expect: having-without-group-by@32
-- fix: Replace HAVING with WHERE
-- fixed: SELECT amount AS a FROM orders WHERE amount > 10;
SELECT o.dbl AS dbl FROM orders o HAVING o.dbl > 1;                                        -- expect: having-without-group-by@35
-- fixed: SELECT o.dbl AS dbl FROM orders o WHERE o.dbl > 1;
SELECT order_id FROM orders HAVING(amount > 100);                                          -- expect: having-without-group-by@29
-- span: HAVING(amount > 100)
-- fixed: SELECT order_id FROM orders WHERE(amount > 100);
-- negatives: a window or an aggregate call as the whole condition
SELECT order_id FROM orders HAVING row_number() OVER (ORDER BY order_id) > 1;
SELECT 1 FROM orders HAVING bool_and(flag);
