-- Databricks INSERT INTO ... REPLACE WHERE (Delta): atomically replaces the rows matching the predicate.
-- source: https://docs.databricks.com/aws/en/sql/language-manual/sql-ref-syntax-dml-insert-into
INSERT INTO sales REPLACE WHERE sale_date >= '2024-01-01' AND sale_date < '2024-02-01'   -- expect: insert-without-column-list@13
SELECT sale_id, sale_date, amount FROM sales_staging WHERE sale_date >= '2024-01-01' AND sale_date < '2024-02-01';
INSERT INTO sales (sale_id, sale_date, amount) REPLACE WHERE sale_date = '2024-03-01'
SELECT sale_id, sale_date, amount FROM sales_staging WHERE sale_date = '2024-03-01';
INSERT INTO sales REPLACE WHERE region = 'EU' SELECT * FROM sales_eu;   -- expect: insert-without-column-list@13, select-star@54
INSERT INTO sales BY NAME REPLACE USING (sale_date) SELECT sale_id, sale_date, amount FROM sales_fix;
