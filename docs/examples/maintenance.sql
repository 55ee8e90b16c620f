-- Maintenance script reviewed under the read-only profile (see docs/examples/brickoptima.yml):
-- destructive statements are reported as errors.
DELETE FROM staging.events_raw;
TRUNCATE TABLE staging.sessions;
DROP TABLE IF EXISTS staging.tmp_orders;
ALTER TABLE sales.orders ADD COLUMNS (channel STRING);
SELECT COUNT(*) FROM sales.orders WHERE dt = '2024-06-30';
