SELECT customer_id FROM orders WHERE count(*) > 5 GROUP BY customer_id;                     -- expect: aggregate-in-where@38
SELECT customer_id FROM orders WHERE amount > avg(amount);                                  -- expect: aggregate-in-where@47
SELECT id FROM orders WHERE row_number() OVER (PARTITION BY customer_id ORDER BY ts) = 1;   -- expect: aggregate-in-where@29
SELECT o.id FROM orders o JOIN totals t ON o.amount > max(t.amount);                        -- expect: aggregate-in-where@55
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
