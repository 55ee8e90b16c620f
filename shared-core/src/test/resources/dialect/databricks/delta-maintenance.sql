-- Delta maintenance commands: OPTIMIZE ... ZORDER BY, VACUUM, RESTORE, DESCRIBE HISTORY. Nothing to analyse under
-- the default profile; under read-only every command that changes the table is reported, DESCRIBE HISTORY passes.
-- source: https://docs.databricks.com/aws/en/sql/language-manual/delta-optimize
-- source: https://docs.databricks.com/aws/en/sql/language-manual/delta-vacuum
-- source: https://docs.databricks.com/aws/en/sql/language-manual/delta-restore
-- source: https://docs.databricks.com/aws/en/sql/language-manual/delta-describe-history
-- config: profile=read-only
OPTIMIZE main.sales.orders WHERE order_date >= '2024-01-01' ZORDER BY (customer_id, product_id);   -- expect: destructive-statement@1
VACUUM main.sales.orders RETAIN 168 HOURS;   -- expect: destructive-statement@1
VACUUM main.sales.orders DRY RUN;   -- expect: destructive-statement@1
RESTORE TABLE main.sales.orders TO VERSION AS OF 5;   -- expect: destructive-statement@1
RESTORE TABLE main.sales.orders TO TIMESTAMP AS OF '2024-05-01';   -- expect: destructive-statement@1
DESCRIBE HISTORY main.sales.orders LIMIT 10;
DESCRIBE DETAIL main.sales.orders;
SELECT order_id FROM main.sales.orders VERSION AS OF 5 WHERE order_id = 1;
