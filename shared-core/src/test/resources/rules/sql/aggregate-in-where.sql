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
