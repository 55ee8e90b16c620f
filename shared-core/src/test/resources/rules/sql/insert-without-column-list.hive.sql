-- config: dialect=hive
-- Hive's INSERT OVERWRITE takes no column list; INSERT INTO does
INSERT OVERWRITE TABLE sales PARTITION (dt = '2024-01-01') SELECT id, amount FROM staged;
INSERT INTO TABLE sales SELECT id, amount FROM staged;                                   -- expect: insert-without-column-list@19
-- message: INSERT into sales without a column list matches values to columns by position
-- span: sales
-- fix: Name the target columns: INSERT INTO sales (col1, col2, ...) ...
