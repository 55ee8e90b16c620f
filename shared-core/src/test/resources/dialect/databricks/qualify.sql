-- QUALIFY filters on window functions after they are computed (no subquery needed).
-- source: https://docs.databricks.com/aws/en/sql/language-manual/sql-ref-syntax-qry-select-qualify
SELECT customer_id, order_id, order_ts FROM orders
QUALIFY row_number() OVER (PARTITION BY customer_id ORDER BY order_ts DESC) = 1;
SELECT customer_id, sum(amount) AS total, rank() OVER (ORDER BY sum(amount) DESC) AS r FROM orders
GROUP BY customer_id QUALIFY r <= 10;
SELECT customer_id, order_id FROM orders
WHERE row_number() OVER (PARTITION BY customer_id ORDER BY order_ts DESC) = 1;   -- expect: aggregate-in-where@7
