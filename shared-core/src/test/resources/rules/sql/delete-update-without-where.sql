DELETE FROM orders;                                       -- expect: delete-update-without-where@1
UPDATE orders SET status = 'x';                           -- expect: delete-update-without-where@1
DELETE FROM orders WHERE id = 1;
UPDATE orders SET status = 'x' WHERE id = 2;
UPDATE products SET price = s.price FROM staging s JOIN batches b ON b.id = s.batch_id;    -- expect: delete-update-without-where@1
-- negatives: FROM linked by WHERE, the target joined in FROM (SQL Server), MySQL's UPDATE ... JOIN
UPDATE products SET price = s.price FROM staging s WHERE s.sku = products.sku;
UPDATE p SET price = s.price FROM products p JOIN staging s ON s.sku = p.sku;
UPDATE products p JOIN staging s ON s.sku = p.sku SET p.price = s.price;
