INSERT INTO orders VALUES (1, 'open', 9.90);                                               -- expect: insert-without-column-list@13
-- message: INSERT into orders without a column list matches values to columns by position
-- span: orders
-- fix: Name the target columns: INSERT INTO orders (col1, col2, ...) ...
INSERT INTO archive.orders SELECT id, status, amount FROM orders WHERE ts < '2020-01-01';  -- expect: insert-without-column-list@13
-- message: INSERT into archive.orders without a column list matches values to columns by position
-- span: archive.orders
-- fix: Name the target columns: INSERT INTO archive.orders (col1, col2, ...) ...
INSERT OVERWRITE TABLE sales PARTITION (dt = '2024-01-01') SELECT id, amount FROM staged;  -- expect: insert-without-column-list@24
-- message: INSERT into sales without a column list matches values to columns by position
-- span: sales
-- fix: Name the target columns: INSERT INTO sales (col1, col2, ...) ...
-- negatives: column lists
INSERT INTO orders (id, status, amount) VALUES (1, 'open', 9.90);
INSERT INTO archive.orders (id, status, amount) SELECT id, status, amount FROM orders;
INSERT INTO mart.sales BY NAME SELECT id, amount FROM staging.sales;
-- a directory has no columns to name
INSERT OVERWRITE DIRECTORY '/tmp/out' SELECT id, amount FROM staged;
INSERT OVERWRITE LOCAL DIRECTORY '/tmp/out' SELECT id, amount FROM staged;
