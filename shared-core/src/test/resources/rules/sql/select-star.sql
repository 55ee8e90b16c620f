SELECT * FROM sales;                                     -- expect: select-star@8
SELECT s.*, c.name FROM sales s JOIN customers c ON s.cid = c.id;  -- expect: select-star@8
SELECT order_id, amount FROM sales;
SELECT COUNT(*) FROM sales;
SELECT id FROM customers c WHERE EXISTS (SELECT * FROM sales s WHERE s.cid = c.id);
