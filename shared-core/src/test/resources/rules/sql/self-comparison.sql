SELECT o.id, c.name FROM orders o JOIN customers c ON o.customer_id = o.customer_id;   -- expect: self-comparison@55
-- message: 'o.customer_id = o.customer_id' compares o.customer_id with itself and is true for every non-NULL value; the join condition does not relate the two tables
-- span: o.customer_id = o.customer_id
-- fix: Compare o.customer_id with the intended column of the other table, or write 'o.customer_id IS NOT NULL'
SELECT id FROM orders WHERE amount <> amount;                                          -- expect: self-comparison@29
-- message: 'amount <> amount' compares amount with itself and is never true
-- span: amount <> amount
-- fix: Compare amount with the intended column; as written the condition removes every row
SELECT id FROM orders o WHERE o.`status` = O.status;                                   -- expect: self-comparison@31
-- message: 'o.`status` = O.status' compares o.`status` with itself and is true for every non-NULL value
-- span: o.`status` = O.status
-- fix: Compare o.`status` with the intended column of the other table, or write 'o.`status` IS NOT NULL'
-- negatives: different tables, different columns, IS NOT NULL, correlated outer reference
SELECT o.id, c.name FROM orders o JOIN customers c ON o.customer_id = c.id;
SELECT id FROM orders WHERE amount <> discount;
SELECT id FROM orders WHERE amount IS NOT NULL;
SELECT c.id FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id);
