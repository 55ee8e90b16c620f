-- Databricks COPY INTO: idempotent load of files into a Delta table; the optional SELECT over the files is analysed.
-- source: https://docs.databricks.com/aws/en/sql/language-manual/delta-copy-into
COPY INTO main.raw.events
FROM 's3://landing/events/'
FILEFORMAT = JSON
FORMAT_OPTIONS ('multiLine' = 'true')
COPY_OPTIONS ('mergeSchema' = 'true');
COPY INTO main.raw.orders
FROM (SELECT key, index, textData, 'constant_value' FROM 's3://landing/orders/')
FILEFORMAT = CSV
PATTERN = 'folder1/file_[a-g].csv'
FORMAT_OPTIONS ('header' = 'true');
COPY INTO main.raw.orders
FROM (SELECT order_id, amount FROM 's3://landing/orders/' WHERE amount = NULL)   -- expect: null-comparison@65
FILEFORMAT = PARQUET;
