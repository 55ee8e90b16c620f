SELECT customer_id FROM orders WHERE count(*) > 5 GROUP BY customer_id;                     -- expect: aggregate-in-where@38
-- message: aggregate count(*) in WHERE is not allowed; move the condition to HAVING
-- span: count(*)
-- fix: Move the condition on count(*) to a HAVING clause after GROUP BY
SELECT customer_id FROM orders WHERE amount > avg(amount);                                  -- expect: aggregate-in-where@47
-- message: aggregate avg(amount) in WHERE is not allowed; move the condition to HAVING
-- span: avg(amount)
-- fix: Move the condition on avg(amount) to a HAVING clause after GROUP BY
SELECT id FROM orders WHERE row_number() OVER (PARTITION BY customer_id ORDER BY ts) = 1;   -- expect: aggregate-in-where@29
-- message: window function row_number() OVER (PARTITION BY customer_id ORDER BY ts) in WHERE is not allowed; filter on it in an outer query
-- span: row_number() OVER (PARTITION BY customer_id ORDER BY ts)
-- fix: Compute row_number() OVER (PARTITION BY customer_id ORDER BY ts) in a subquery or CTE and filter its result in the outer WHERE
SELECT o.id FROM orders o JOIN totals t ON o.amount > max(t.amount);                        -- expect: aggregate-in-where@55
-- message: aggregate max(t.amount) in a join condition is not allowed
-- span: max(t.amount)
-- fix: Compute max(t.amount) in a subquery and use its result here
-- negatives: HAVING, aggregate in a subquery of WHERE, aggregates in the select list, scalar functions
SELECT customer_id FROM orders GROUP BY customer_id HAVING count(*) > 5;
SELECT id FROM orders WHERE amount > (SELECT avg(amount) FROM orders);
SELECT customer_id, sum(amount) FROM orders WHERE amount > 0 GROUP BY customer_id;
SELECT id FROM orders WHERE greatest(amount, tax) > 10 AND lower(status) = 'open';
SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY customer_id ORDER BY ts) AS rn FROM orders) x WHERE rn = 1;
-- Spark: LIKE ANY / ILIKE ANY / LIKE ALL quantify a pattern list (not the ANY aggregate)
SELECT company FROM firms WHERE company LIKE ANY ('%oo%', 'fa%') AND company NOT ILIKE ALL ('%x%');
-- Spark: an outer query's aggregate inside a correlated subquery under HAVING is evaluated by the outer query
SELECT ten, sum(four) FROM onek a GROUP BY ten HAVING EXISTS (SELECT 1 FROM onek b WHERE sum(DISTINCT a.four) = b.four);
SELECT col1 FROM VALUES (1, 2) AS t(col1, col2) GROUP BY col1 HAVING max(col2) = (SELECT 1 WHERE max(col2) = 1);
-- Spark: grouping constructs in GROUP BY, also after other grouping expressions
SELECT a, b, count(1) FROM data GROUP BY a, CUBE(a, b), GROUPING SETS ((a, b), (a), ());
-- an aggregate of the subquery's own table is still reported
SELECT ten FROM onek a GROUP BY ten HAVING EXISTS (SELECT 1 FROM onek b WHERE sum(b.four) > 1);   -- expect: aggregate-in-where@79
-- message: aggregate sum(b.four) in WHERE is not allowed; move the condition to HAVING
-- span: sum(b.four)
-- fix: Move the condition on sum(b.four) to a HAVING clause after GROUP BY
-- an aggregate or window inside another is reported once, at the outer call
SELECT id FROM orders WHERE count(max(amount)) > 1;                                         -- expect: aggregate-in-where@29
-- message: aggregate count(max(amount)) in WHERE is not allowed; move the condition to HAVING
SELECT id FROM orders WHERE avg(sum(amount)) OVER () > 1;                                   -- expect: aggregate-in-where@29
-- message: window function avg(sum(amount)) OVER () in WHERE is not allowed; filter on it in an outer query
-- GROUP BY an aggregate or a window function
SELECT count(*) FROM orders GROUP BY max(amount);                                           -- expect: aggregate-in-where@38
-- message: aggregate max(amount) in GROUP BY is not allowed
-- fix: Compute max(amount) in a subquery and use its result here
SELECT count(*) FROM orders GROUP BY row_number() OVER (ORDER BY id);                       -- expect: aggregate-in-where@38
-- an aggregate without columns in a correlated subquery is the subquery's own
SELECT ten FROM onek a GROUP BY ten HAVING EXISTS (SELECT 1 FROM onek b WHERE count(*) > 1);   -- expect: aggregate-in-where@79
