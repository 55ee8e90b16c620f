SELECT * FROM orders o JOIN customers c ON CAST(o.customer_id AS STRING) = c.customer_code;   -- expect: join-key-type-mismatch@44
-- message: join key 'o.customer_id' is converted with CAST(o.customer_id AS STRING): the keys have different types, so every row is converted and existing partitioning or indexes are not used
-- span: CAST(o.customer_id AS STRING)
-- fix: Store both join keys with the same type, or convert once upstream (in the table or a derived column)
SELECT * FROM orders o JOIN customers c ON c.code = o.customer_id::text;                      -- expect: join-key-type-mismatch@53
-- message: join key 'o.customer_id' is converted with o.customer_id::text: the keys have different types, so every row is converted and existing partitioning or indexes are not used
-- span: o.customer_id::text
-- fix: Store both join keys with the same type, or convert once upstream (in the table or a derived column)
SELECT * FROM orders o, customers c WHERE string(o.customer_id) = c.code;                     -- expect: join-key-type-mismatch@43
-- message: join key 'o.customer_id' is converted with string(o.customer_id): the keys have different types, so every row is converted and existing partitioning or indexes are not used
-- span: string(o.customer_id)
-- fix: Store both join keys with the same type, or convert once upstream (in the table or a derived column)
-- Negative: keys of the same type
SELECT * FROM orders o JOIN customers c ON o.customer_id = c.customer_id;
-- Negative: a cast compared with a constant is a filter, not a join key
SELECT * FROM orders o JOIN customers c ON o.cid = c.id WHERE CAST(o.created_at AS DATE) = DATE '2024-01-01';
-- Negative: both sides read the same table
SELECT * FROM orders o JOIN customers c ON o.cid = c.id WHERE CAST(o.a AS INT) = o.b;
