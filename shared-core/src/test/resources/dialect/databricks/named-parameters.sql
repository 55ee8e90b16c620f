-- Named parameter markers (:name) in Databricks SQL, notebooks and the SQL Statement Execution API.
-- source: https://docs.databricks.com/aws/en/sql/language-manual/sql-ref-parameter-marker
SELECT order_id, amount FROM orders WHERE customer_id = :customer_id AND order_date >= :start_date;
SELECT order_id FROM IDENTIFIER(:catalog || '.sales.orders') WHERE status = :status LIMIT 100;   -- expect: limit-without-order-by
SELECT order_id FROM orders WHERE order_date BETWEEN :start_date AND :end_date ORDER BY order_date LIMIT 100;
SELECT * FROM orders WHERE customer_id = :customer_id;   -- expect: select-star@8
SELECT order_id FROM orders WHERE amount = :min_amount AND amount = NULL;   -- expect: null-comparison@60
