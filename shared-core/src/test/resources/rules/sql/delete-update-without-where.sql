DELETE FROM orders;                                       -- expect: delete-update-without-where@1
-- message: DELETE without WHERE removes every row of orders
-- span: DELETE FROM orders
-- fix: Add a WHERE clause that selects the rows to change
UPDATE orders SET status = 'x';                           -- expect: delete-update-without-where@1
-- message: UPDATE without WHERE changes every row of orders
-- span: UPDATE orders SET status = 'x'
-- fix: Add a WHERE clause that selects the rows to change
DELETE FROM orders WHERE id = 1;
UPDATE orders SET status = 'x' WHERE id = 2;
UPDATE products SET price = s.price FROM staging s JOIN batches b ON b.id = s.batch_id;    -- expect: delete-update-without-where@1
-- message: UPDATE without WHERE changes every row of products: the FROM tables are not linked to it
-- span: UPDATE products SET price = s.price FROM staging s JOIN batches b ON b.id = s.batch_id
-- fix: Add a WHERE clause that selects the rows to change
-- negatives: FROM linked by WHERE, the target joined in FROM (SQL Server), MySQL's UPDATE ... JOIN
UPDATE products SET price = s.price FROM staging s WHERE s.sku = products.sku;
UPDATE p SET price = s.price FROM products p JOIN staging s ON s.sku = p.sku;
UPDATE products p JOIN staging s ON s.sku = p.sku SET p.price = s.price;
