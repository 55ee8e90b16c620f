SELECT c.id, (SELECT max(o.amount) FROM orders o WHERE o.customer_id = c.id) AS top_order FROM customers c;  -- expect: correlated-scalar-subquery@14
-- message: scalar subquery in the SELECT list is correlated with the outer query on 'c.id': it runs per outer row or becomes an extra join and aggregation
-- span: (SELECT max(o.amount) FROM orders o WHERE o.customer_id = c.id)
-- fix: Aggregate once in a derived table grouped by the correlation key and LEFT JOIN it to the outer query
SELECT customers.id,
       coalesce((SELECT count(*) FROM orders WHERE orders.customer_id = customers.id), 0) AS n  -- expect: correlated-scalar-subquery@17
-- message: scalar subquery in the SELECT list is correlated with the outer query on 'customers.id': it runs per outer row or becomes an extra join and aggregation
-- span: (SELECT count(*) FROM orders WHERE orders.customer_id = customers.id)
-- fix: Aggregate once in a derived table grouped by the correlation key and LEFT JOIN it to the outer query
FROM customers;
-- Negative: an uncorrelated scalar subquery (TPC-DS q9 style)
SELECT CASE WHEN (SELECT count(*) FROM store_sales WHERE ss_quantity BETWEEN 1 AND 20) > 100 THEN 1 ELSE 0 END AS bucket1
FROM reason WHERE r_reason_sk = 1;
-- Negative: correlated subqueries in WHERE are another pattern (semi joins)
SELECT c.id FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id);
-- Negative: the subquery's own alias shadows nothing of the outer query
SELECT c.id, (SELECT max(c2.amount) FROM credits c2 WHERE c2.kind = 'x') AS m FROM customers c;
-- Negative: EXISTS in the select list is not a scalar subquery
SELECT c.id, EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id) AS has_orders FROM customers c;
