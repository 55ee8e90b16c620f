-- Maintenance script. Under the read-only profile (./brickoptima analyze --profile read-only ...), the guard
-- for generated or user-supplied SQL, every statement that changes data or schema is an error.
DELETE FROM staging.events_raw;
TRUNCATE TABLE staging.sessions;
DROP TABLE IF EXISTS staging.tmp_orders;
ALTER TABLE sales.orders ADD COLUMNS (channel STRING);
SELECT COUNT(*) FROM sales.orders WHERE dt = '2024-06-30';
