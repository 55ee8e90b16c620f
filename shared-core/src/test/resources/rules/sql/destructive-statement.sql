-- config: profile=read-only
DROP TABLE IF EXISTS db.sales;                                          -- expect: destructive-statement@1
TRUNCATE TABLE sales;                                                   -- expect: destructive-statement@1
DELETE FROM sales WHERE dt < '2020-01-01';                              -- expect: destructive-statement@1
ALTER TABLE sales ADD COLUMNS (note STRING);                            -- expect: destructive-statement@1
UPDATE sales SET amount = 0 WHERE id = 1;                               -- expect: destructive-statement@1
INSERT INTO sales (id, amount) VALUES (1, 2.0);                         -- expect: destructive-statement@1
MERGE INTO sales t USING staged s ON t.id = s.id WHEN MATCHED THEN UPDATE SET t.amount = s.amount;  -- expect: destructive-statement@1
CREATE OR REPLACE TEMP VIEW v AS SELECT id FROM sales;                  -- expect: destructive-statement@1
GRANT SELECT ON TABLE sales TO analysts;                                -- expect: destructive-statement@1
  /* generated */ drop view v;                                          -- expect: destructive-statement@19
-- negatives: queries and inspection commands
SELECT id, amount FROM sales WHERE dt = '2024-01-01';
WITH s AS (SELECT id FROM sales) SELECT id FROM s;
EXPLAIN SELECT id FROM sales;
VACUUM sales.orders RETAIN 0 HOURS;                          -- expect: destructive-statement@1
OPTIMIZE sales.orders ZORDER BY (customer_id);               -- expect: destructive-statement@1
DESCRIBE sales.orders;
