-- Daily sales ETL on Spark / Databricks (realistic job with the mistakes BrickOptima is built to catch)

-- Stage today's orders. The date function on the partition column blocks partition pruning.
CREATE OR REPLACE TEMPORARY VIEW todays_orders AS
SELECT *
FROM sales.orders
WHERE date_format(order_ts, 'yyyy-MM-dd') = '2024-06-30';

-- Enrich with customers and products. The comma join to products has no linking predicate.
INSERT OVERWRITE TABLE mart.daily_sales PARTITION (dt = '2024-06-30')
SELECT o.order_id, c.customer_name, p.product_name, o.amount
FROM todays_orders o
JOIN crm.customers c ON o.customer_id = c.customer_id OR o.email = c.email,
     catalog.products p
WHERE o.amount > 0;

-- Customers who never returned anything: NOT IN over a nullable column returns nothing if any NULL exists.
SELECT customer_id, customer_name
FROM crm.customers
WHERE customer_id NOT IN (SELECT customer_id FROM sales.returns);

-- Search by e-mail fragment: a leading wildcard cannot use any index or data skipping.
SELECT customer_id FROM crm.customers WHERE email LIKE '%@example.com';

-- Rank all orders of the year: no PARTITION BY sends every row to one task.
SELECT order_id, amount, row_number() OVER (ORDER BY amount DESC) AS rnk
FROM sales.orders
WHERE dt BETWEEN '2024-01-01' AND '2024-12-31';

-- Distinct counts over several columns expand the data once per COUNT(DISTINCT).
SELECT region,
       COUNT(DISTINCT customer_id) AS customers,
       COUNT(DISTINCT product_id)  AS products,
       COUNT(DISTINCT store_id)    AS stores
FROM sales.orders
WHERE dt = '2024-06-30'
GROUP BY region;

-- A clean query: nothing to report.
SELECT region, SUM(amount) AS revenue
FROM sales.orders
WHERE dt = '2024-06-30'
GROUP BY region;
