-- config: partitions.sales=dt | partitions.db.events=event_date,region | partitions.store_sales=ss_sold_date_sk
SELECT sum(amount) FROM sales WHERE region = 'EU';                                         -- expect: partition-filter-missing@25
-- message: 'sales' is partitioned by dt but the query does not filter on it: every partition is scanned
-- span: sales
-- fix: Add a predicate on the partition column 'dt' (e.g. a date range) so only the needed partitions are read
SELECT count(*) FROM db.events e JOIN users u ON u.id = e.user_id WHERE u.dt = '2024-01-01';  -- expect: partition-filter-missing@22
-- message: 'db.events' is partitioned by event_date, region but the query does not filter on it: every partition is scanned
-- span: db.events e
-- fix: Add a predicate on the partition columns event_date, region (e.g. a date range) so only the needed partitions are read
DELETE FROM sales WHERE id = 42;                                                           -- expect: partition-filter-missing@13
-- message: 'sales' is partitioned by dt but the query does not filter on it: every partition is scanned
-- span: sales
-- fix: Add a predicate on the partition column 'dt' (e.g. a date range) so only the needed partitions are read
SELECT s.id FROM sales s JOIN (SELECT * FROM sales WHERE dt = '2024-01-01') t ON t.id = s.id;  -- expect: partition-filter-missing@18
-- message: 'sales' is partitioned by dt but the query does not filter on it: every partition is scanned
-- span: sales s
-- fix: Add a predicate on the partition column 'dt' (e.g. a date range) so only the needed partitions are read
-- Negative: filtered on the partition column, through an alias, or on one of several partition columns
SELECT sum(amount) FROM sales WHERE dt >= DATE '2024-01-01';
SELECT sum(s.amount) FROM sales s WHERE s.dt = '2024-01-01';
SELECT count(*) FROM db.events WHERE region = 'EU';
-- Negative: a join on the partition column allows dynamic partition pruning
SELECT sum(s.amount) FROM sales s JOIN calendar c ON s.dt = c.day WHERE c.is_holiday;
-- Negative: filter in the outer query on a derived table's column is pushed down
SELECT amount FROM (SELECT amount, dt FROM sales) x WHERE x.dt = '2024-01-01';
-- Negative: the partition column renamed in a derived table, then joined (TPC-DS q5 style)
SELECT sum(x) FROM (SELECT ss_sold_date_sk AS date_sk, ss_net_paid AS x FROM store_sales) s, date_dim
WHERE date_sk = d_date_sk AND d_year = 2000;
-- Positive: joined on another date column: partitions are not pruned (TPC-DS q16 style)
SELECT count(*) FROM store_sales, date_dim WHERE ss_ship_date_sk = d_date_sk;  -- expect: partition-filter-missing@22
-- message: 'store_sales' is partitioned by ss_sold_date_sk but the query does not filter on it: every partition is scanned
-- span: store_sales
-- fix: Add a predicate on the partition column 'ss_sold_date_sk' (e.g. a date range) so only the needed partitions are read
-- Negative: tables without configured partitions, and a CTE named like nothing configured
SELECT count(*) FROM customers;
WITH sales_2024 AS (SELECT * FROM sales WHERE dt >= '2024-01-01') SELECT count(*) FROM sales_2024;
