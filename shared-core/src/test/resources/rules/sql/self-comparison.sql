SELECT o.id, c.name FROM orders o JOIN customers c ON o.customer_id = o.customer_id;   -- expect: self-comparison@55
SELECT id FROM orders WHERE amount <> amount;                                          -- expect: self-comparison@29
SELECT id FROM orders o WHERE o.`status` = O.status;                                   -- expect: self-comparison@31
-- negatives: different tables, different columns, IS NOT NULL, correlated outer reference
SELECT o.id, c.name FROM orders o JOIN customers c ON o.customer_id = c.id;
SELECT id FROM orders WHERE amount <> discount;
SELECT id FROM orders WHERE amount IS NOT NULL;
SELECT c.id FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id);
