SELECT * FROM sales;                                     -- expect: select-star@8
SELECT s.*, c.name FROM sales s JOIN customers c ON s.cid = c.id;  -- expect: select-star@8
SELECT order_id, amount FROM sales;
SELECT COUNT(*) FROM sales;
SELECT id FROM customers c WHERE EXISTS (SELECT * FROM sales s WHERE s.cid = c.id);
WITH recent AS (SELECT id, amount FROM sales WHERE dt > '2024-01-01') SELECT * FROM recent;
SELECT * FROM (SELECT id, amount FROM sales) s;
SELECT x.* FROM (SELECT id FROM sales) x JOIN customers c ON x.id = c.id;
SELECT c.* FROM (SELECT id FROM sales) x JOIN customers c ON x.id = c.id;   -- expect: select-star@8
