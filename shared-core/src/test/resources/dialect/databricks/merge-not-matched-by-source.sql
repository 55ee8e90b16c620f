-- Delta MERGE with WHEN NOT MATCHED BY SOURCE: update or delete target rows that have no source row.
-- source: https://docs.databricks.com/aws/en/sql/language-manual/delta-merge-into
MERGE INTO customers AS t
USING customer_updates AS s
ON t.customer_id = s.customer_id
WHEN MATCHED THEN UPDATE SET t.email = s.email, t.updated_at = s.updated_at
WHEN NOT MATCHED THEN INSERT (customer_id, email, updated_at) VALUES (s.customer_id, s.email, s.updated_at)
WHEN NOT MATCHED BY SOURCE AND t.updated_at < current_date() - INTERVAL 30 DAYS THEN DELETE;
MERGE INTO customers t USING customer_updates s ON t.customer_id = s.customer_id
WHEN NOT MATCHED BY SOURCE THEN UPDATE SET t.active = false;
MERGE INTO customers t
USING (SELECT * FROM customer_updates WHERE batch_date = current_date()) s   -- expect: select-star@15
ON t.customer_id = s.customer_id
WHEN MATCHED THEN UPDATE SET *
WHEN NOT MATCHED BY SOURCE THEN DELETE;
