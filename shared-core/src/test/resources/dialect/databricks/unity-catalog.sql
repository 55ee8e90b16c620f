-- Unity Catalog: three-level names (catalog.schema.table) and grants on catalogs and schemas.
-- source: https://docs.databricks.com/aws/en/sql/language-manual/sql-ref-names
-- source: https://docs.databricks.com/aws/en/sql/language-manual/security-grant
SELECT o.order_id, c.name FROM main.sales.orders o JOIN main.crm.customers c ON o.customer_id = c.customer_id;
SELECT main.sales.orders.order_id FROM main.sales.orders WHERE main.sales.orders.amount > 100;
GRANT USE CATALOG ON CATALOG main TO `data-engineers`;
GRANT USE SCHEMA, SELECT ON SCHEMA main.sales TO analysts;
GRANT CREATE TABLE ON SCHEMA main.sales TO `data-engineers`;
GRANT SELECT ON TABLE main.sales.orders TO `account users`;   -- expect: grant-to-public@44
GRANT USE CATALOG ON CATALOG main TO `account users`;   -- expect: grant-to-public@38
REVOKE SELECT ON SCHEMA main.sales FROM analysts;
SELECT * FROM main.sales.orders;   -- expect: select-star@8
