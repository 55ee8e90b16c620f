-- config: profile=read-only
DROP TABLE IF EXISTS db.sales;                                          -- expect: destructive-statement@1
-- message: DROP TABLE db.sales is not allowed under the read-only profile
-- span: DROP TABLE IF EXISTS db.sales
-- fix: Run DROP TABLE through a reviewed migration or admin path, not through the read-only channel
TRUNCATE TABLE sales;                                                   -- expect: destructive-statement@1
-- message: TRUNCATE TABLE sales is not allowed under the read-only profile
-- span: TRUNCATE TABLE sales
-- fix: Run TRUNCATE TABLE through a reviewed migration or admin path, not through the read-only channel
DELETE FROM sales WHERE dt < '2020-01-01';                              -- expect: destructive-statement@1
-- message: DELETE FROM sales is not allowed under the read-only profile
-- span: DELETE FROM sales
-- fix: Run DELETE FROM through a reviewed migration or admin path, not through the read-only channel
ALTER TABLE sales ADD COLUMNS (note STRING);                            -- expect: destructive-statement@1
-- message: ALTER TABLE sales is not allowed under the read-only profile
-- span: ALTER TABLE sales
-- fix: Run ALTER TABLE through a reviewed migration or admin path, not through the read-only channel
UPDATE sales SET amount = 0 WHERE id = 1;                               -- expect: destructive-statement@1
-- message: UPDATE sales is not allowed under the read-only profile
-- span: UPDATE sales
-- fix: Run UPDATE through a reviewed migration or admin path, not through the read-only channel
INSERT INTO sales (id, amount) VALUES (1, 2.0);                         -- expect: destructive-statement@1
-- message: INSERT INTO sales is not allowed under the read-only profile
-- span: INSERT INTO sales
-- fix: Run INSERT INTO through a reviewed migration or admin path, not through the read-only channel
MERGE INTO sales t USING staged s ON t.id = s.id WHEN MATCHED THEN UPDATE SET t.amount = s.amount;  -- expect: destructive-statement@1
-- message: MERGE INTO sales is not allowed under the read-only profile
-- span: MERGE INTO sales
-- fix: Run MERGE INTO through a reviewed migration or admin path, not through the read-only channel
CREATE OR REPLACE TEMP VIEW v AS SELECT id FROM sales;                  -- expect: destructive-statement@1
-- message: CREATE VIEW v is not allowed under the read-only profile
-- span: CREATE OR REPLACE TEMP VIEW v
-- fix: Run CREATE VIEW through a reviewed migration or admin path, not through the read-only channel
GRANT SELECT ON TABLE sales TO analysts;                                -- expect: destructive-statement@1
-- message: GRANT on sales is not allowed under the read-only profile
-- span: GRANT SELECT
-- fix: Run GRANT through a reviewed migration or admin path, not through the read-only channel
  /* generated */ drop view v;                                          -- expect: destructive-statement@19
-- message: DROP VIEW v is not allowed under the read-only profile
-- span: drop view v
-- fix: Run DROP VIEW through a reviewed migration or admin path, not through the read-only channel
-- negatives: queries and inspection commands
SELECT id, amount FROM sales WHERE dt = '2024-01-01';
WITH s AS (SELECT id FROM sales) SELECT id FROM s;
EXPLAIN SELECT id FROM sales;
VACUUM sales.orders RETAIN 0 HOURS;                          -- expect: destructive-statement@1
-- message: Spark VACUUM command is not allowed under the read-only profile
-- span: VACUUM sales.orders
-- fix: Run VACUUM through a reviewed maintenance job, not through the read-only channel
OPTIMIZE sales.orders ZORDER BY (customer_id);               -- expect: destructive-statement@1
-- message: Spark OPTIMIZE command is not allowed under the read-only profile
-- span: OPTIMIZE sales.orders
-- fix: Run OPTIMIZE through a reviewed maintenance job, not through the read-only channel
DESCRIBE sales.orders;
